using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class PackagistRulesTests
{
    private static readonly string PackagistTokenKey = FakeKey.Of("packa", "gist_", "uut_", FakeKey.Random(FakeKey.Hex, 68, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("packagist-token", PackagistTokenKey, "API_KEY")
        .Ignores("packagist-token", "one character short", $"value: {PackagistTokenKey[..^1]}")
        .Ignores("packagist-token", "embedded in a longer token", "value: Q" + PackagistTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
