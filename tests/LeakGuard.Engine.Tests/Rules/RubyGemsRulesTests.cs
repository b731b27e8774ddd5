using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class RubyGemsRulesTests
{
    private static readonly string RubygemsApiKeyKey = FakeKey.Of("ruby", "gems_", FakeKey.Random(FakeKey.Hex, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("rubygems-api-key", RubygemsApiKeyKey, "API_KEY")
        .Ignores("rubygems-api-key", "one character short", $"value: {RubygemsApiKeyKey[..^1]}")
        .Ignores("rubygems-api-key", "embedded in a longer token", "value: Q" + RubygemsApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
