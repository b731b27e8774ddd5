using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HeliconeRulesSamples
{
    private static readonly string HeliconeApiKeyKey = FakeKey.Of("s", "k-", "helicone-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 1), "-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 2), "-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 3), "-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("helicone-api-key", HeliconeApiKeyKey, "API_KEY")
        .Ignores("helicone-api-key", "one character short", $"value: {HeliconeApiKeyKey[..^1]}")
        .Ignores("helicone-api-key", "embedded in a longer token", "value: Q" + HeliconeApiKeyKey);
}
