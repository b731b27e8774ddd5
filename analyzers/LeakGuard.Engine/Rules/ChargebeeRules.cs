using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ChargebeeRules
{
    private static readonly Remediation Remediation = new("https://www.chargebee.com/docs/2.0/api_keys.html", "Chargebee:ApiKey", "CHARGEBEE_API_KEY");

    private static readonly string[] Context = { "chargebee" };

    // A full-access API key manages subscriptions, customers and refunds: "live_" or "test_" and 32 to 34 letters
    // and digits, so Chargebee must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "chargebee-access-token",
            "Chargebee",
            "Chargebee API key (live_ or test_ and 32 to 34 letters and digits next to Chargebee)",
            Patterns.Token("(?:live|test)_[A-Za-z0-9]{32,36}", Patterns.Base62 + "_"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
