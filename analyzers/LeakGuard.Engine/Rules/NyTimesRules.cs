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
            Patterns.Token("[A-Za-z0-9]{32}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
