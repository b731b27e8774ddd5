using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class PagerDutyRulesTests
{
    private static readonly string PagerdutyApiKeyKey = FakeKey.Of("u", "+", FakeKey.Random(FakeKey.UrlSafe, 18, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pagerduty-api-key", PagerdutyApiKeyKey, "PAGERDUTY_API_KEY")
        .Ignores("pagerduty-api-key", "no pagerduty context", $"\"checksum\": \"{PagerdutyApiKeyKey}\"")
        .Ignores("pagerduty-api-key", "one character short", $"pagerduty: {PagerdutyApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
