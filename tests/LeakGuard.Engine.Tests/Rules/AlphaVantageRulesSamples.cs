using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AlphaVantageRulesSamples
{
    private static readonly string Key = FakeKey.Random(TestKeys.UpperAlphanumeric, 16, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("alphavantage-api-key", Key, "ALPHA_VANTAGE_API_KEY")
        .FindsIn("alphavantage-api-key", "a query URL", $"https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey={Key}", Key)
        .FindsIn("alphavantage-api-key", "the Python client", $"from alpha_vantage.timeseries import TimeSeries\nts = TimeSeries(key='{Key}', output_format='pandas')", Key)
        .Ignores("alphavantage-api-key", "the demo key", "https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=demo");
}
