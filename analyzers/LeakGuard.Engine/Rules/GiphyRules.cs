using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GiphyRules
{
    private const string Key = "[A-Za-z0-9]{32}";

    private static readonly Remediation Remediation = new("https://developers.giphy.com/dashboard/", "Giphy:ApiKey", "GIPHY_API_KEY");

    // A GIPHY API key: 32 letters and digits on an api.giphy.com URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "giphy-api-key",
            "GIPHY",
            "GIPHY API key (32 letters and digits for api.giphy.com)",
            Patterns.QueryParameter("api\\.giphy\\.com/", "api_key", Key) + "|" + Patterns.AssignedTo("giphy_?(?:api_?)?key", Key),
            new[] { "giphy" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
