using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ClickUpRulesTests
{
    private static readonly string ClickupPatKey = FakeKey.Of("p", "k_", FakeKey.Random(TestKeys.Digits, 8, 1), "_", FakeKey.Random(TestKeys.UpperAlphanumeric, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("clickup-pat", ClickupPatKey, "API_KEY")
        .Ignores("clickup-pat", "one character short", $"value: {ClickupPatKey[..^1]}")
        .Ignores("clickup-pat", "embedded in a longer token", "value: Q" + ClickupPatKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
