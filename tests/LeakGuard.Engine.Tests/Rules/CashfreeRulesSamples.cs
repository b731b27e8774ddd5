using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CashfreeRulesSamples
{
    private static readonly string Key = FakeKey.Of("cfsk", "_ma_prod_", FakeKey.Random(FakeKey.Hex, 32, 5), "_", FakeKey.Random(FakeKey.Hex, 8, 6));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cashfree-secret-key", Key, "CASHFREE_SECRET_KEY")
        .Ignores("cashfree-secret-key", "one digit short", $"key: {Key[..^1]}");
}
