using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WeatherApiRules
{
    private static readonly Remediation Remediation = new("https://www.weatherapi.com/my/", "WeatherApi:Key", "WEATHER_API_KEY");

    // A WeatherAPI.com key: 25 hex digits and the day it was made (yymmdd), on an api.weatherapi.com URL.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "weatherapi-key",
            "WeatherAPI.com",
            "WeatherAPI.com API key (hex and a date, for api.weatherapi.com)",
            Patterns.QueryParameter("api\\.weatherapi\\.com/", "key", "[0-9a-f]{24,25}[0-9]{6}") + "|" + Patterns.AssignedTo("weather_?api_?key", "[0-9a-f]{24,25}[0-9]{6}"),
            new[] { "weatherapi", "weather_api" },
            Remediation)
        {
            ReferencedValue = "[0-9a-f]{24,25}[0-9]{6}",
            MinEntropy = 3,
        },
    };
}
