using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NyTimesRules
{
    private static readonly Remediation Remediation = new("https://developer.nytimes.com/my-apps", "NYTimes:ApiKey", "NYTIMES_API_KEY");

    private static readonly string[] Context = { "nytimes", "new-york-times", "newyorktimes", "nyt_api", "nyt_key", "nytkey", "nytapi", "nyt-key" };

    // A key of the New York Times APIs: 32 letters and digits, so the Times must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "nytimes-access-token",
            "The New York Times",
            "New York Times API key (32 letters and digits next to NYTimes)",
            Patterns.Token("[A-Za-z0-9]{32}(?::[0-9]{1,2}:[0-9]{8})?", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => IsPlausibleKey(value.Substring(0, 32))),
    };

    // Keys issued before 2015 were 32 lower-case hex digits, written with the API's number and the issue date
    // ("<hex>:12:73094410"); later ones mix cases.
    private static bool IsPlausibleKey(string value) =>
        Plausibility.MixesCasesAndDigits(value) || (Plausibility.IsLowerHex(value) && Plausibility.MixesLettersAndDigits(value, digits: 4));
}
