using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class JenkinsRulesTests
{
    private static readonly string JenkinsApiTokenKey = FakeKey.Of("1", "1", FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("jenkins-api-token", JenkinsApiTokenKey, "JENKINS_API_TOKEN")
        .Ignores("jenkins-api-token", "no jenkins context", $"\"checksum\": \"{JenkinsApiTokenKey}\"")
        .Ignores("jenkins-api-token", "one character short", $"jenkins: {JenkinsApiTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
