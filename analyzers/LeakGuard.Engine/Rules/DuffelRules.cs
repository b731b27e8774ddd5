using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DuffelRules
{
    private static readonly Remediation Remediation = new("https://app.duffel.com/tokens", "Duffel:AccessToken", "DUFFEL_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "duffel-api-token",
            "Duffel",
            "Duffel API access token",
            Patterns.Token("duffel_(?:test|live)_[A-Za-z0-9_=-]{43}"),
            new[] { "duffel_test_", "duffel_live_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
