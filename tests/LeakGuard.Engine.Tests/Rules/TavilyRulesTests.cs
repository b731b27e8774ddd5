using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class TavilyRulesTests
{
    private static readonly string TavilyApiKeyKey = FakeKey.Of("tv", "ly-", "dev-", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tavily-api-key", TavilyApiKeyKey, "API_KEY")
        .Ignores("tavily-api-key", "one character short", $"value: {TavilyApiKeyKey[..^1]}")
        .Ignores("tavily-api-key", "embedded in a longer token", "value: Q" + TavilyApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
