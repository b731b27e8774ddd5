using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ClojarsRulesTests
{
    private static readonly string ClojarsDeployTokenKey = FakeKey.Of("CLOJ", "ARS_", FakeKey.Random(TestKeys.LowerAlphanumeric, 60, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("clojars-deploy-token", ClojarsDeployTokenKey, "API_KEY")
        .Ignores("clojars-deploy-token", "one character short", $"value: {ClojarsDeployTokenKey[..^1]}")
        .Ignores("clojars-deploy-token", "embedded in a longer token", "value: Q" + ClojarsDeployTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
