using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NeonRulesSamples
{
    private static readonly string NeonApiKeyKey = FakeKey.Of("na", "pi_", FakeKey.Random(TestKeys.LowerAlphanumeric, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("neon-api-key", NeonApiKeyKey, "API_KEY")
        .Ignores("neon-api-key", "one character short", $"value: {NeonApiKeyKey[..^1]}")
        .Ignores("neon-api-key", "embedded in a longer token", "value: Q" + NeonApiKeyKey);
}
