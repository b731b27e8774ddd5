using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MexcRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mexc-api-secret", Key, "MEXC_API_SECRET")
        .FindsIn("mexc-api-secret", "a .env file", $"MEXC_SECRET_KEY={Key}\nMEXC_SYMBOL=BTCUSDT\n", Key)
        .Ignores("mexc-api-secret", "no MEXC named", $"value: {Key}");
}
