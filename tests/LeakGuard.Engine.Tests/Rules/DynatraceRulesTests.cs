using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class DynatraceRulesTests
{
    private static readonly string DynatraceApiTokenKey = FakeKey.Of("dt0", "c01.", FakeKey.Random(TestKeys.UpperAlphanumeric, 24, 1), ".", FakeKey.Random(TestKeys.UpperAlphanumeric, 64, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dynatrace-api-token", DynatraceApiTokenKey, "API_KEY")
        .Ignores("dynatrace-api-token", "one character short", $"value: {DynatraceApiTokenKey[..^1]}")
        .Ignores("dynatrace-api-token", "embedded in a longer token", "value: Q" + DynatraceApiTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
