using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MollieRules
{
    private static readonly Remediation Remediation = new("https://my.mollie.com/dashboard/developers/api-keys", "Mollie:ApiKey", "MOLLIE_API_KEY");

    private static readonly string[] Context = { "mollie" };

    // A live or test API key ("live_" or "test_" and 30 letters and digits) creates payments and refunds; Mollie must
    // be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "mollie-api-key",
            "Mollie",
            "Mollie API key (live_ or test_ and 30 letters and digits next to Mollie)",
            Patterns.Token("(?:live|test)_[A-Za-z0-9]{30}", Patterns.Base62 + "_"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
