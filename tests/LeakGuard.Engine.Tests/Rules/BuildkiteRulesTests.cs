using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class BuildkiteRulesTests
{
    private static readonly string BuildkiteApiTokenKey = FakeKey.Of("bk", "ua_", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("buildkite-api-token", BuildkiteApiTokenKey, "API_KEY")
        .Ignores("buildkite-api-token", "one character short", $"value: {BuildkiteApiTokenKey[..^1]}")
        .Ignores("buildkite-api-token", "embedded in a longer token", "value: Q" + BuildkiteApiTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
