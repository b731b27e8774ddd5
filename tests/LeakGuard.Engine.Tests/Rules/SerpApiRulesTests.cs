using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class SerpApiRulesTests
{
    private static readonly string SerpapiApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("serpapi-api-key", SerpapiApiKeyKey, "SERPAPI_API_KEY")
        .Ignores("serpapi-api-key", "no serpapi context", $"\"checksum\": \"{SerpapiApiKeyKey}\"")
        .Ignores("serpapi-api-key", "one character short", $"serpapi: {SerpapiApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
