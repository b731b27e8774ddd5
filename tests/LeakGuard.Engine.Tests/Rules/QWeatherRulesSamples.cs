using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class QWeatherRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("qweather-api-key", Key, "QWEATHER_KEY")
        .FindsIn("qweather-api-key", "a request URL", $"https://devapi.qweather.com/v7/weather/now?location=101010100&key={Key}", Key)
        .Ignores("qweather-api-key", "no QWeather named", $"value: {Key}");
}
