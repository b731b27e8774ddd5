using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class LlamaCloudRulesTests
{
    private static readonly string LlamacloudApiKeyKey = FakeKey.Of("ll", "x-", FakeKey.Random(FakeKey.Base62, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("llamacloud-api-key", LlamacloudApiKeyKey, "API_KEY")
        .Ignores("llamacloud-api-key", "one character short", $"value: {LlamacloudApiKeyKey[..^1]}")
        .Ignores("llamacloud-api-key", "embedded in a longer token", "value: Q" + LlamacloudApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
