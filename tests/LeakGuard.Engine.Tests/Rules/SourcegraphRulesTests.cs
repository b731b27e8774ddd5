using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class SourcegraphRulesTests
{
    private static readonly string SourcegraphAccessTokenKey = FakeKey.Of("sg", "p_", FakeKey.Random(FakeKey.Hex, 16, 1), "_", FakeKey.Random(FakeKey.Hex, 40, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sourcegraph-access-token", SourcegraphAccessTokenKey, "API_KEY")
        .Ignores("sourcegraph-access-token", "one character short", $"value: {SourcegraphAccessTokenKey[..^1]}")
        .Ignores("sourcegraph-access-token", "embedded in a longer token", "value: Q" + SourcegraphAccessTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
