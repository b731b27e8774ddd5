using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class FigmaRulesTests
{
    private static readonly string FigmaPatKey = FakeKey.Of("fi", "gd_", FakeKey.Random(FakeKey.UrlSafe, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("figma-pat", FigmaPatKey, "API_KEY")
        .Ignores("figma-pat", "one character short", $"value: {FigmaPatKey[..^1]}")
        .Ignores("figma-pat", "embedded in a longer token", "value: Q" + FigmaPatKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
