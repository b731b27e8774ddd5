using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class TravisCiRulesTests
{
    private static readonly string TravisCiTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 22, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("travis-ci-token", TravisCiTokenKey, "TRAVIS_API_TOKEN")
        .Ignores("travis-ci-token", "no travis context", $"\"checksum\": \"{TravisCiTokenKey}\"")
        .Ignores("travis-ci-token", "one character short", $"travis: {TravisCiTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
