using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ReadmeRulesTests
{
    private static readonly string ReadmeApiKeyKey = FakeKey.Of("rd", "me_", FakeKey.Random(TestKeys.LowerAlphanumeric, 70, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("readme-api-key", ReadmeApiKeyKey, "API_KEY")
        .Ignores("readme-api-key", "one character short", $"value: {ReadmeApiKeyKey[..^1]}")
        .Ignores("readme-api-key", "embedded in a longer token", "value: Q" + ReadmeApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
