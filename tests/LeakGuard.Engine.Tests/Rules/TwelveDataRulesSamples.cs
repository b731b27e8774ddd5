using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TwelveDataRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("twelvedata-api-key", Key, "TWELVE_DATA_API_KEY")
        .FindsIn("twelvedata-api-key", "a request URL", $"https://api.twelvedata.com/time_series?symbol=AAPL&interval=1min&apikey={Key}", Key)
        .Ignores("twelvedata-api-key", "no Twelve Data named", $"value: {Key}")
        .FindsIn("twelvedata-api-key", "the Python client", $"from twelvedata import TDClient\ntd = TDClient(apikey=\"{Key}\")", Key)
        .FindsByName("twelvedata-api-key", "the Python client given a variable", $"from twelvedata import TDClient\nAPI_KEY = \"{Key}\"", "td = TDClient(apikey=API_KEY)", Key);
}
