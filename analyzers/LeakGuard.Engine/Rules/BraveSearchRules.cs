using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BraveSearchRules
{
    private static readonly Remediation Remediation = new("https://api-dashboard.search.brave.com/app/keys", "BraveSearch:ApiKey", "BRAVE_API_KEY");

    // A Search API subscription token: "BSA" and 24 to 40 characters. Queries are billed to the subscription.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "brave-search-api-key",
            "Brave",
            "Brave Search API key",
            Patterns.Token("BSA[A-Za-z0-9_-]{24,40}"),
            new[] { "BSA" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesCasesAndDigits(value.Substring(3)) && !Plausibility.IsCodeIdentifier(value),
        },
    };
}
