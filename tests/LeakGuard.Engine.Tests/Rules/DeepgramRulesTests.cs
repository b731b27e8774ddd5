using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class DeepgramRulesTests
{
    private static readonly string DeepgramApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("deepgram-api-key", DeepgramApiKeyKey, "DEEPGRAM_API_KEY")
        .Ignores("deepgram-api-key", "no deepgram context", $"\"checksum\": \"{DeepgramApiKeyKey}\"")
        .Ignores("deepgram-api-key", "one character short", $"deepgram: {DeepgramApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
