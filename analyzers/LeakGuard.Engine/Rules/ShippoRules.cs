using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ShippoRules
{
    private static readonly Remediation Remediation = new("https://apps.goshippo.com/settings/api", "Shippo:ApiToken", "SHIPPO_API_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "shippo-api-token",
            "Shippo",
            "Shippo API token",
            Patterns.Token("shippo_(?:live|test)_[a-f0-9]{40}", Patterns.Base62),
            new[] { "shippo_live_", "shippo_test_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
