using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class E2bRules
{
    private static readonly Remediation Remediation = new("https://e2b.dev/dashboard?tab=keys", "Sandbox:ApiKey", "E2B_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "e2b-api-key",
            "E2B",
            "E2B API key (e2b_)",
            Patterns.Token("e2b_[a-f0-9]{40}", Patterns.Base62),
            new[] { "e2b_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
