using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class NeonRulesTests
{
    private static readonly string NeonApiKeyKey = FakeKey.Of("na", "pi_", FakeKey.Random(TestKeys.LowerAlphanumeric, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("neon-api-key", NeonApiKeyKey, "API_KEY")
        .Ignores("neon-api-key", "one character short", $"value: {NeonApiKeyKey[..^1]}")
        .Ignores("neon-api-key", "embedded in a longer token", "value: Q" + NeonApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
