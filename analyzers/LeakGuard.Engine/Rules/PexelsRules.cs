using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PexelsRules
{
    private static readonly Remediation Remediation = new("https://www.pexels.com/api/new/", "Pexels:ApiKey", "PEXELS_API_KEY");

    private static readonly string[] Context = { "pexels" };

    // A Pexels API key: 56 letters and digits, sent as the bare Authorization header to api.pexels.com; Pexels' name must
    // be near.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "pexels-api-key",
            "Pexels",
            "Pexels API key (56 letters and digits next to Pexels)",
            Patterns.Token("[A-Za-z0-9]{56}"),
            Context,
            Remediation,
            minEntropy: 4,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 3)),

        // The keys Pexels issued before: 24 hex digits the same in every key, then 32 random ones.
        new SecretRule(
            "pexels-legacy-api-key",
            "Pexels",
            "Pexels API key of the older format (563492ad6f917000010000…)",
            Patterns.Token("563492ad6f91700001000001[0-9a-f]{32}", Patterns.Base62),
            new[] { "563492ad6f917000010000" },
            Remediation)
        {
            MinEntropy = 2.5,
        },
    };
}
