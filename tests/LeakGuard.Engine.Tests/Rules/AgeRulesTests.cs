using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AgeRulesTests
{
    private static readonly string AgeSecretKeyKey = FakeKey.Of("AGE-S", "ECRET-", "KEY-1", FakeKey.Random(TestKeys.Bech32Upper, 58, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("age-secret-key", AgeSecretKeyKey, "API_KEY")
        .Ignores("age-secret-key", "one character short", $"value: {AgeSecretKeyKey[..^1]}")
        .Ignores("age-secret-key", "embedded in a longer token", "value: Q" + AgeSecretKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
