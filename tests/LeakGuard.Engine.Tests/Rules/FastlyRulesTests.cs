using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class FastlyRulesTests
{
    private static readonly string FastlyApiTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("fastly-api-token", FastlyApiTokenKey, "FASTLY_API_TOKEN")
        .Ignores("fastly-api-token", "no fastly context", $"\"checksum\": \"{FastlyApiTokenKey}\"")
        .Ignores("fastly-api-token", "one character short", $"fastly: {FastlyApiTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
