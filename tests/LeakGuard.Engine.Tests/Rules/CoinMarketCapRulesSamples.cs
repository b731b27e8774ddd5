using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CoinMarketCapRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("coinmarketcap-api-key", Key, "CMC_PRO_API_KEY")
        .FindsIn("coinmarketcap-api-key", "the header in a fetch", $"fetch(url, {{ headers: {{ 'X-CMC_PRO_API_KEY': '{Key}' }} }})", Key)
        .FindsIn("coinmarketcap-api-key", "a query parameter", $"https://pro-api.coinmarketcap.com/v1/cryptocurrency/listings/latest?CMC_PRO_API_KEY={Key}&limit=10", Key)
        .Ignores("coinmarketcap-api-key", "the sandbox's public key", $"X-CMC_PRO_API_KEY: {FakeKey.Of("b54bcf4d-1bca-", "4e8e-9a24-", "22ff2c3d462c")}")
        .Finds("coinmarketcap-api-key", Key, "COINMARKETCAP_API_KEY")
        .FindsIn("coinmarketcap-api-key", "a shorter name", $"CMC_API_KEY={Key}\n", Key)
        .FindsByName("coinmarketcap-api-key", "a header that takes a variable", $"API_KEY = '{Key}'", "headers = {'Accepts': 'application/json', 'X-CMC_PRO_API_KEY': API_KEY}", Key);
}
