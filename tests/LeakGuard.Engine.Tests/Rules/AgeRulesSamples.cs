using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AgeRulesSamples
{
    private static readonly string AgeSecretKeyKey = FakeKey.Of("AGE-S", "ECRET-", "KEY-1", FakeKey.Random(TestKeys.Bech32Upper, 58, 1));

    private static readonly string AgeHybridKey = FakeKey.Of("AGE-S", "ECRET-", "KEY-PQ-1", FakeKey.Random(TestKeys.Bech32Upper, 58, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("age-secret-key", AgeSecretKeyKey, "API_KEY")
        .Finds("age-secret-key", AgeHybridKey, "AGE_KEY")
        .Ignores("age-secret-key", "post-quantum key one character short", $"value: {AgeHybridKey[..^1]}")
        .Ignores("age-secret-key", "one character short", $"value: {AgeSecretKeyKey[..^1]}")
        .Ignores("age-secret-key", "embedded in a longer token", "value: Q" + AgeSecretKeyKey);
}
