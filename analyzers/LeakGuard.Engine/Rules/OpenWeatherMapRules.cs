using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OpenWeatherMapRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://home.openweathermap.org/api_keys", "OpenWeatherMap:ApiKey", "OPENWEATHERMAP_API_KEY");

    // The provider's name, or pyowm's client, which takes the key: pyowm.OWM('…').
    private static readonly string[] Context = { "openweather", "pyowm", "OWM(" };

    // 32 hex digits is the shape of every MD5 hash; the provider's name (a variable's, or the API's host in the URL
    // the key is appended to) must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "openweathermap-api-key",
            "OpenWeatherMap",
            "OpenWeatherMap API key (32 hex digits next to the word OpenWeather)",
            Patterns.Token(Key, Patterns.Base62) + "|" + Patterns.ParameterReference("appid"),
            Context,
            Remediation,
            minEntropy: 3,
            referencedValue: Key),
    };
}
