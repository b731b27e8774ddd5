using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TomTomRules
{
    private const string Key = "[A-Za-z0-9]{32}";

    private static readonly Remediation Remediation = new("https://developer.tomtom.com/user/me/apps", "TomTom:ApiKey", "TOMTOM_API_KEY");

    // A TomTom Maps API key: 32 letters and digits on an api.tomtom.com URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "tomtom-api-key",
            "TomTom",
            "TomTom Maps API key (32 letters and digits for api.tomtom.com)",
            Patterns.QueryParameter("api\\.tomtom\\.com/", "key", Key) + "|" + Patterns.AssignedTo("tom_?tom_?(?:api_?)?key", Key),
            new[] { "tomtom", "tom_tom" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
