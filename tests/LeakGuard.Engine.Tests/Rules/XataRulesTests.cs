using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class XataRulesTests
{
    private static readonly string XataApiKeyKey = FakeKey.Of("xa", "u_", FakeKey.Random(FakeKey.Base62, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("xata-api-key", XataApiKeyKey, "API_KEY")
        .Ignores("xata-api-key", "embedded in a longer token", "value: Q" + XataApiKeyKey)
        .Ignores("xata-api-key", "one character below the minimum length", $"value: {XataApiKeyKey[..35]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
