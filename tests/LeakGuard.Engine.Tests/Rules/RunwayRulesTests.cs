using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class RunwayRulesTests
{
    private static readonly string RunwayApiKeyKey = FakeKey.Of("ke", "y_", FakeKey.Random(FakeKey.Hex, 128, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("runway-api-key", RunwayApiKeyKey, "RUNWAYML_API_SECRET")
        .Ignores("runway-api-key", "no runway context", $"\"checksum\": \"{RunwayApiKeyKey}\"")
        .Ignores("runway-api-key", "one character short", $"runway: {RunwayApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
