using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AlpacaRulesSamples
{
    private static readonly string PaperKeyId = FakeKey.Of("PK", FakeKey.Random(TestKeys.UpperAlphanumeric, 18, 1));

    private static readonly string Secret = FakeKey.Random(FakeKey.Base62, 40, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("alpaca-api-key-pair", "alpaca-trade-api's client", $"import alpaca_trade_api as tradeapi\napi = tradeapi.REST(\"{PaperKeyId}\", \"{Secret}\", \"https://paper-api.alpaca.markets\")", Secret)
        .FindsIn("alpaca-api-key-pair", "Alpaca.Markets' SecretKey", $"using Alpaca.Markets;\nvar client = Environments.Paper.GetAlpacaTradingClient(new SecretKey(\"{PaperKeyId}\", \"{Secret}\"));", Secret)
        .FindsIn("alpaca-api-key-pair", "the secret on the call's next line", $"import alpaca_trade_api as tradeapi\napi = tradeapi.REST(\"{PaperKeyId}\",\n                    \"{Secret}\",\n                    base_url=\"https://paper-api.alpaca.markets\")", Secret)
        .FindsIn("alpaca-api-key-pair", "a secret with a slash", $"import alpaca_trade_api as tradeapi\napi = tradeapi.REST(\"{PaperKeyId}\", \"{Secret[..20]}/{Secret[21..]}\")", $"{Secret[..20]}/{Secret[21..]}")
        .Ignores("alpaca-api-key-pair", "an AWS key id and a value of 40", $"alpaca: AKIA{FakeKey.Random(TestKeys.UpperAlphanumeric, 16, 3)} {FakeKey.Random(TestKeys.Letters, 40, 4)}")
        .Ignores("alpaca-api-key-pair", "a secret of lower-case hex", $"api = tradeapi.REST(\"{PaperKeyId}\", \"{FakeKey.Random(FakeKey.Hex, 40, 5)}\") # alpaca");
}
