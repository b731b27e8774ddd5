using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class EasyPostRulesTests
{
    private static readonly string EasypostApiKeyKey = FakeKey.Of("E", "Z", "AK", FakeKey.Random(FakeKey.Base62, 54, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("easypost-api-key", EasypostApiKeyKey, "API_KEY")
        .Ignores("easypost-api-key", "one character short", $"value: {EasypostApiKeyKey[..^1]}")
        .Ignores("easypost-api-key", "embedded in a longer token", "value: Q" + EasypostApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
