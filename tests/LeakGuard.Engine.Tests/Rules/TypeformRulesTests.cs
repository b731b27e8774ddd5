using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class TypeformRulesTests
{
    private static readonly string TypeformPatKey = FakeKey.Of("tf", "p_", FakeKey.Random(FakeKey.UrlSafe, 59, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("typeform-pat", TypeformPatKey, "API_KEY")
        .Ignores("typeform-pat", "one character short", $"value: {TypeformPatKey[..^1]}")
        .Ignores("typeform-pat", "embedded in a longer token", "value: Q" + TypeformPatKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
