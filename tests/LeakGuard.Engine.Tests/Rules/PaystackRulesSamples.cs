using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PaystackRulesSamples
{
    private static readonly string PaystackSecretKeyKey = FakeKey.Of("sk_l", "ive_", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("paystack-secret-key", PaystackSecretKeyKey, "API_KEY")
        .Ignores("paystack-secret-key", "embedded in a longer token", "value: Q" + PaystackSecretKeyKey);
}
