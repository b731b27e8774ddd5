using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NasaRules
{
    private const string Key = "[A-Za-z0-9]{40}";

    private static readonly Remediation Remediation = new("https://api.nasa.gov/", "Nasa:ApiKey", "NASA_API_KEY");

    // A NASA Open APIs key (DEMO_KEY is public): 40 letters and digits on its API's URL or under its name. NASA's keys
    // are api.data.gov's, which USDA's FoodData Central, NREL, openFDA and regulations.gov take too.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "nasa-api-key",
            "NASA",
            "NASA (api.data.gov) API key (40 letters and digits)",
            Patterns.QueryParameter("(?:api\\.nasa\\.gov|api\\.nal\\.usda\\.gov|api\\.data\\.gov|developer\\.nrel\\.gov|api\\.fda\\.gov|api\\.regulations\\.gov)/", "api_key", Key) + "|" + Patterns.AssignedTo("nasa_?api_?key", Key),
            new[] { "api.nasa.gov", "nasa_api", "nasaapi", "api.nal.usda.gov", "api.data.gov", "developer.nrel.gov", "api.fda.gov", "api.regulations.gov" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
