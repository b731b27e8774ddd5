using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class StabilityRulesTests
{
    private static readonly string StabilityApiKeyKey = FakeKey.Of("s", "k-", FakeKey.Random(FakeKey.Base62, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("stability-api-key", StabilityApiKeyKey, "STABILITY_API_KEY")
        .Ignores("stability-api-key", "no stability context", $"\"checksum\": \"{StabilityApiKeyKey}\"")
        .Ignores("stability-api-key", "one character short", $"stability: {StabilityApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
