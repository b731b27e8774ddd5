using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class RenderRulesTests
{
    private static readonly string RenderApiKeyKey = FakeKey.Of("rn", "d_", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("render-api-key", RenderApiKeyKey, "API_KEY")
        .Ignores("render-api-key", "one character short", $"value: {RenderApiKeyKey[..^1]}")
        .Ignores("render-api-key", "embedded in a longer token", "value: Q" + RenderApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
