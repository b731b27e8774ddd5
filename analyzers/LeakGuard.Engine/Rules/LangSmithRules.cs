using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LangSmithRules
{
    private static readonly Remediation Remediation = new("https://smith.langchain.com/settings", "LangSmith:ApiKey", "LANGSMITH_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "langsmith-api-key",
            "LangSmith",
            "LangSmith personal access token or service key",
            Patterns.Token("lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}|ls__[0-9a-f]{32}"),
            new[] { "lsv2_pt_", "lsv2_sk_", "ls__" },
            Remediation)
        {
            MinEntropy = 3,

            // The keys of 2023 ("ls__") were a version-4 UUID without hyphens.
            IsPlausible = value => !value.StartsWith("ls__", System.StringComparison.Ordinal) || Plausibility.IsCompactGuid(value.Substring(4)),
        },
    };
}
