using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class VoyageRulesTests
{
    private static readonly string VoyageApiKeyKey = FakeKey.Of("p", "a-", FakeKey.Random(FakeKey.UrlSafe, 43, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("voyage-api-key", VoyageApiKeyKey, "VOYAGE_API_KEY")
        .Ignores("voyage-api-key", "no voyage context", $"\"checksum\": \"{VoyageApiKeyKey}\"")
        .Ignores("voyage-api-key", "one character short", $"voyage: {VoyageApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
