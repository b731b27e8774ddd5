using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class YelpRules
{
    private const string Key = "[A-Za-z0-9_-]{126}Yx";

    private static readonly Remediation Remediation = new("https://www.yelp.com/developers/v3/manage_app", "Yelp:ApiKey", "YELP_API_KEY");

    // api.yelp.com holds the word too, so a bearer header sent there needs no other.
    private static readonly string[] Context = { "yelp" };

    // A Yelp Fusion API key: 128 URL-safe characters, sent as a bearer token. Real keys end in "Yx", so other runs of
    // that length next to Yelp's name are not taken for one.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "yelp-api-key",
            "Yelp",
            "Yelp Fusion API key (128 URL-safe characters ending in Yx, next to Yelp)",
            Patterns.Token(Key),
            Context,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
