using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class DockerRulesTests
{
    private static readonly string DockerHubPatKey = FakeKey.Of("dckr", "_pat_", FakeKey.Random(FakeKey.UrlSafe, 27, 1));

    private static readonly string DockerHubOatKey = FakeKey.Of("dckr", "_oat_", FakeKey.Random(FakeKey.UrlSafe, 32, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("docker-hub-pat", DockerHubPatKey, "API_KEY")
        .Ignores("docker-hub-pat", "one character short", $"value: {DockerHubPatKey[..^1]}")
        .Ignores("docker-hub-pat", "embedded in a longer token", "value: Q" + DockerHubPatKey)
        .Finds("docker-hub-oat", DockerHubOatKey, "API_KEY")
        .Ignores("docker-hub-oat", "one character short", $"value: {DockerHubOatKey[..^1]}")
        .Ignores("docker-hub-oat", "embedded in a longer token", "value: Q" + DockerHubOatKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
