using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DockerRulesSamples
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
}
