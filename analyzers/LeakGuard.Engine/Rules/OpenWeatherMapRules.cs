using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OpenWeatherMapRules
{
    private static readonly Remediation Remediation = new("https://home.openweathermap.org/api_keys", "OpenWeatherMap:ApiKey", "OPENWEATHERMAP_API_KEY");

    private static readonly string[] Context = { "openweather" };

    // 32 hex digits is the shape of every MD5 hash; the provider's name (a variable's, or the API's host in the URL
    // the key is appended to) must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "openweathermap-api-key",
            "OpenWeatherMap",
            "OpenWeatherMap API key (32 hex digits next to the word OpenWeather)",
            Patterns.Token("[0-9a-f]{32}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
