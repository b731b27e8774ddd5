using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class FirecrawlRulesTests
{
    private static readonly string FirecrawlApiKeyKey = FakeKey.Of("f", "c-", FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("firecrawl-api-key", FirecrawlApiKeyKey, "FIRECRAWL_API_KEY")
        .Ignores("firecrawl-api-key", "no firecrawl context", $"\"checksum\": \"{FirecrawlApiKeyKey}\"")
        .Ignores("firecrawl-api-key", "one character short", $"firecrawl: {FirecrawlApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
