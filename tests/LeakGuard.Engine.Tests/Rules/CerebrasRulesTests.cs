using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class CerebrasRulesTests
{
    private static readonly string CerebrasApiKeyKey = FakeKey.Of("cs", "k-", FakeKey.Random(TestKeys.LowerAlphanumeric, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cerebras-api-key", CerebrasApiKeyKey, "API_KEY")
        .Ignores("cerebras-api-key", "one character short", $"value: {CerebrasApiKeyKey[..^1]}")
        .Ignores("cerebras-api-key", "embedded in a longer token", "value: Q" + CerebrasApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
