using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SambaNovaRules
{
    private static readonly Remediation Remediation = new("https://cloud.sambanova.ai/apis", "SambaNova:ApiKey", "SAMBANOVA_API_KEY");

    private static readonly string[] Context = { "sambanova" };

    // An API key of the inference cloud: a UUID, so SambaNova must be nearby. Inference is billed to the account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "sambanova-api-key",
            "SambaNova",
            "SambaNova Cloud API key (a UUID next to SambaNova)",
            Patterns.Token(Patterns.Uuid),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
