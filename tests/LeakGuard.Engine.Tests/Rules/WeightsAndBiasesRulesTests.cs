using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class WeightsAndBiasesRulesTests
{
    private static readonly string WandbApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("wandb-api-key", WandbApiKeyKey, "WANDB_API_KEY")
        .Ignores("wandb-api-key", "no wandb context", $"\"checksum\": \"{WandbApiKeyKey}\"")
        .Ignores("wandb-api-key", "one character short", $"wandb: {WandbApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
