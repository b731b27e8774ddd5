using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class HeliconeRulesTests
{
    private static readonly string HeliconeApiKeyKey = FakeKey.Of("s", "k-", "helicone-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 1), "-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 2), "-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 3), "-", FakeKey.Random(TestKeys.LowerAlphanumeric, 7, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("helicone-api-key", HeliconeApiKeyKey, "API_KEY")
        .Ignores("helicone-api-key", "one character short", $"value: {HeliconeApiKeyKey[..^1]}")
        .Ignores("helicone-api-key", "embedded in a longer token", "value: Q" + HeliconeApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
