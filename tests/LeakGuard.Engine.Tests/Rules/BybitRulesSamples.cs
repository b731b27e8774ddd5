using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BybitRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 36, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("bybit-api-secret", Key, "BYBIT_API_SECRET")
        .FindsIn("bybit-api-secret", "a .env file", $"BYBIT_API_SECRET={Key}\nBYBIT_TESTNET=true\n", Key)
        .Ignores("bybit-api-secret", "no Bybit named", $"value: {Key}");
}
