using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ShippoRulesTests
{
    private static readonly string ShippoApiTokenKey = FakeKey.Of("shi", "ppo_", "live_", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("shippo-api-token", ShippoApiTokenKey, "API_KEY")
        .Ignores("shippo-api-token", "one character short", $"value: {ShippoApiTokenKey[..^1]}")
        .Ignores("shippo-api-token", "embedded in a longer token", "value: Q" + ShippoApiTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
