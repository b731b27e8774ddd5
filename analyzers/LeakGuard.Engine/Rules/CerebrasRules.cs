using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CerebrasRules
{
    private static readonly Remediation Remediation = new("https://cloud.cerebras.ai/platform/", "Cerebras:ApiKey", "CEREBRAS_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "cerebras-api-key",
            "Cerebras",
            "Cerebras API key",
            Patterns.Token("csk-[a-z0-9]{48}", Patterns.Base62),
            new[] { "csk-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
