using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class SegmentRulesTests
{
    private static readonly string SegmentPublicApiTokenKey = FakeKey.Of("sg", "p_", FakeKey.Random(FakeKey.Base62, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("segment-public-api-token", SegmentPublicApiTokenKey, "API_KEY")
        .Ignores("segment-public-api-token", "one character short", $"value: {SegmentPublicApiTokenKey[..^1]}")
        .Ignores("segment-public-api-token", "embedded in a longer token", "value: Q" + SegmentPublicApiTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
