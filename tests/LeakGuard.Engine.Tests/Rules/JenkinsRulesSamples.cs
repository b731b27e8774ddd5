using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class JenkinsRulesSamples
{
    private static readonly string JenkinsApiTokenKey = FakeKey.Of("1", "1", FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("jenkins-api-token", JenkinsApiTokenKey, "JENKINS_API_TOKEN")
        .Ignores("jenkins-api-token", "no jenkins context", $"\"checksum\": \"{JenkinsApiTokenKey}\"")
        .Ignores("jenkins-api-token", "one character short", $"jenkins: {JenkinsApiTokenKey[..^1]}")
        .FindsIn("jenkins-api-token", "a curl line to a job's build API", $"curl -X POST \"http://ci.local:8080/job/deploy/buildWithParameters?env=prod\" --user deployer:{JenkinsApiTokenKey}", JenkinsApiTokenKey);
}
