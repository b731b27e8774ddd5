using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class NvidiaRulesTests
{
    private static readonly string NvidiaApiKeyKey = FakeKey.Of("nva", "pi-", FakeKey.Random(FakeKey.UrlSafe, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("nvidia-api-key", NvidiaApiKeyKey, "API_KEY")
        .Ignores("nvidia-api-key", "one character short", $"value: {NvidiaApiKeyKey[..^1]}")
        .Ignores("nvidia-api-key", "embedded in a longer token", "value: Q" + NvidiaApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
