using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WeatherApiRules
{
    private const string Key = "[0-9a-f]{24,25}[0-9]{6}";

    private static readonly Remediation Remediation = new("https://www.weatherapi.com/my/", "WeatherApi:Key", "WEATHER_API_KEY");

    // A WeatherAPI.com key: 25 hex digits and the day it was made (yymmdd), on an api.weatherapi.com URL.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "weatherapi-key",
            "WeatherAPI.com",
            "WeatherAPI.com API key (hex and a date, for api.weatherapi.com)",
            Patterns.QueryParameter("api\\.weatherapi\\.com/", "key", Key) + "|" + Patterns.AssignedTo("weather_?api_?key", Key),
            new[] { "weatherapi", "weather_api" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
