using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WooCommerceRulesSamples
{
    private static readonly string Secret = FakeKey.Of("cs", "_", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("woocommerce-consumer-secret", Secret, "WOOCOMMERCE_CONSUMER_SECRET")
        .FindsIn("woocommerce-consumer-secret", "a REST call", $"curl https://shop.example.test/wp-json/wc/v3/orders -u ck_{FakeKey.Random(FakeKey.Hex, 40, 2)}:{Secret}", Secret)
        .Ignores("woocommerce-consumer-secret", "no WooCommerce near", $"value: {Secret}")
        .FindsIn("generic-secret", "one digit short: only the generic rule", $"consumer_secret: {Secret[..^1]}", Secret[..^1]);
}
