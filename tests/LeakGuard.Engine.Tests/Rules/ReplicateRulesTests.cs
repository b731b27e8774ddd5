using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ReplicateRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("replicate-api-token", TestKeys.Replicate(), "REPLICATE_API_TOKEN")
        .Ignores("replicate-api-token", "one character short", TestKeys.Replicate()[..^1])
        .Ignores("replicate-api-token", "letters only", "r8" + "_" + FakeKey.Random(TestKeys.Letters, 37))
        .Ignores("replicate-api-token", "placeholder", "r8" + "_" + new string('x', 37));

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
