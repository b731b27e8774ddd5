using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BraintreeRulesSamples
{
    private static readonly string BraintreeAccessTokenKey = FakeKey.Of("access", "_token$", "production$", FakeKey.Random(TestKeys.LowerAlphanumeric, 16, 1), "$", FakeKey.Random(FakeKey.Hex, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("braintree-access-token", BraintreeAccessTokenKey, "API_KEY")
        .Ignores("braintree-access-token", "one character short", $"value: {BraintreeAccessTokenKey[..^1]}")
        .Ignores("braintree-access-token", "embedded in a longer token", "value: Q" + BraintreeAccessTokenKey);
}
