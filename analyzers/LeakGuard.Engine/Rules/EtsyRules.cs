using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class EtsyRules
{
    private static readonly Remediation Remediation = new("https://www.etsy.com/developers/your-apps", "Etsy:ApiKey", "ETSY_API_KEY");

    private static readonly string[] Context = { "etsy" };

    // An Etsy app's keystring: 24 lower-case letters and digits, so Etsy must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "etsy-access-token",
            "Etsy",
            "Etsy API keystring (24 lower-case letters and digits next to Etsy)",
            Patterns.Token("[a-z0-9]{24}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2)),
    };
}
