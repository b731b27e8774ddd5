using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PolygonIoRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62 + "_", 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("polygon-io-api-key", Key, "POLYGON_API_KEY")
        .FindsIn("polygon-io-api-key", "an aggregates URL", $"https://api.polygon.io/v2/aggs/ticker/AAPL/range/1/day/2023-01-09/2023-01-09?apiKey={Key}", Key)
        .Ignores("polygon-io-api-key", "a PolygonScan key", $"value: {FakeKey.Random(TestKeys.UpperAlphanumeric, 34, 2)}")
        .FindsIn("polygon-io-api-key", "the Python client", $"from polygon import RESTClient\nclient = RESTClient(\"{Key}\")", Key);
}
