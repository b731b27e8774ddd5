using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ElevenLabsRulesTests
{
    private static readonly string ElevenlabsApiKeyKey = FakeKey.Of("s", "k_", FakeKey.Random(FakeKey.Hex, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("elevenlabs-api-key", ElevenlabsApiKeyKey, "ELEVENLABS_API_KEY")
        .Ignores("elevenlabs-api-key", "no elevenlabs context", $"\"checksum\": \"{ElevenlabsApiKeyKey}\"")
        .Ignores("elevenlabs-api-key", "one character short", $"elevenlabs: {ElevenlabsApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
