using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class StytchRules
{
    private static readonly Remediation Remediation = new("https://stytch.com/dashboard/api-keys", "Stytch:Secret", "STYTCH_SECRET");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "stytch-secret",
            "Stytch",
            "Stytch project secret",
            Patterns.Token("secret-(?:live|test)-[A-Za-z0-9_=-]{36}"),
            new[] { "secret-live-", "secret-test-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
