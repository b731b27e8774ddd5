using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BinanceRulesSamples
{
    private static readonly string ApiKey = FakeKey.Random(FakeKey.Base62, 64, 1);

    private static readonly string Secret = FakeKey.Random(FakeKey.Base62, 64, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("binance-api-secret", "python-binance's client, by position", $"from binance.client import Client\nclient = Client(\"{ApiKey}\", \"{Secret}\")\n", Secret)
        .FindsIn("binance-api-secret", "Binance.Net's credentials, by position", $"var client = new BinanceRestClient(o => o.ApiCredentials = new ApiCredentials(\"{ApiKey}\", \"{Secret}\"));", Secret)
        .FindsIn("binance-api-secret", "appsettings.json", $"{{ \"Binance\": {{ \"ApiSecret\": \"{Secret}\" }} }}", Secret)
        .FindsIn("generic-secret", "a SHA-256 under a secret's name: a generic secret at most", $"binance_secret = \"{FakeKey.Random(FakeKey.Hex, 64, 3)}\"", FakeKey.Random(FakeKey.Hex, 64, 3))
        .Ignores("binance-api-secret", "no Binance near", $"value: \"{ApiKey}\", \"{Secret}\"");
}
