using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class PulumiRulesTests
{
    private static readonly string PulumiAccessTokenKey = FakeKey.Of("pu", "l-", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pulumi-access-token", PulumiAccessTokenKey, "API_KEY")
        .Ignores("pulumi-access-token", "one character short", $"value: {PulumiAccessTokenKey[..^1]}")
        .Ignores("pulumi-access-token", "embedded in a longer token", "value: Q" + PulumiAccessTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
