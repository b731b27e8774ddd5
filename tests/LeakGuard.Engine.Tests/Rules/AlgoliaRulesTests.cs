using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AlgoliaRulesTests
{
    private static readonly string AlgoliaAdminApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("algolia-admin-api-key", AlgoliaAdminApiKeyKey, "ALGOLIA_ADMIN_API_KEY")
        .Ignores("algolia-admin-api-key", "no algolia context", $"\"checksum\": \"{AlgoliaAdminApiKeyKey}\"")
        .Ignores("algolia-admin-api-key", "one character short", $"algolia: {AlgoliaAdminApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
