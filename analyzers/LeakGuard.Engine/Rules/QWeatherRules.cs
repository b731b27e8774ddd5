using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class QWeatherRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://console.qweather.com/#/apps", "QWeather:Key", "QWEATHER_KEY");

    // A QWeather (和风天气) API key: 32 hex digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "qweather-api-key",
            "QWeather",
            "QWeather API key (32 hex digits)",
            Patterns.QueryParameter("(?:dev)?api\\.qweather\\.com/", "key", Key) + "|" + Patterns.AssignedTo("qweather_?(?:api_?)?key", Key),
            new[] { "qweather", "qweather" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
