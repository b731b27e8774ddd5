using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PerplexityRules
{
    private static readonly Remediation Remediation = new("https://www.perplexity.ai/settings/api", "Perplexity:ApiKey", "PERPLEXITY_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "perplexity-api-key",
            "Perplexity",
            "Perplexity API key",
            Patterns.Token("pplx-[A-Za-z0-9]{48}"),
            new[] { "pplx-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
