using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WeatherApiRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 25, 1), "240520");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("weatherapi-key", "a forecast URL", $"https://api.weatherapi.com/v1/forecast.json?key={Key}&q=London&days=3", Key)
        .FindsIn("weatherapi-key", "the HTML page's escaped query", $"<a href=\"https://api.weatherapi.com/v1/current.json?q=Paris&amp;key={Key}\">", Key)
        .Ignores("weatherapi-key", "without the date", $"https://api.weatherapi.com/v1/forecast.json?key={Key[..25]}&q=London")
        .Finds("weatherapi-key", Key, "WEATHER_API_KEY");
}
