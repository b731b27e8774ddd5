using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class QWeatherRules
{
    private static readonly Remediation Remediation = new("https://console.qweather.com/#/apps", "QWeather:Key", "QWEATHER_KEY");

    // A QWeather (和风天气) API key: 32 hex digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "qweather-api-key",
            "QWeather",
            "QWeather API key (32 hex digits)",
            Patterns.QueryParameter("(?:dev)?api\\.qweather\\.com/", "key", "[0-9a-f]{32}") + "|" + Patterns.AssignedTo("qweather_?(?:api_?)?key", "[0-9a-f]{32}"),
            new[] { "qweather", "qweather" },
            Remediation)
        {
            ReferencedValue = "[0-9a-f]{32}",
            MinEntropy = 3,
        },
    };
}
