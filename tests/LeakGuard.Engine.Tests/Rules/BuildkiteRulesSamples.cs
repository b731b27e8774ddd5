using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BuildkiteRulesSamples
{
    private static readonly string BuildkiteApiTokenKey = FakeKey.Of("bk", "ua_", FakeKey.Random(FakeKey.Hex, 40, 1));

    private static readonly string ClusterToken = FakeKey.Of("bk", "ct_", FakeKey.Base64Of("482139"), ".", FakeKey.Random(FakeKey.Base62, 72, 2));

    private static readonly string AgentToken = FakeKey.Random(FakeKey.Hex, 50, 3);

    private static readonly string UrlSafeClusterToken = FakeKey.Of("bk", "ct_", FakeKey.Random(FakeKey.UrlSafe, 73, 4));

    private static readonly string PortalToken = FakeKey.Of("bk", "pt_", FakeKey.Random(FakeKey.UrlSafe, 199, 5));

    private static readonly string PipelineToken = FakeKey.Of("bk", "pat_", FakeKey.Base64Of("71").TrimEnd('='), "_", FakeKey.Random(FakeKey.Hex, 40, 7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("buildkite-api-token", BuildkiteApiTokenKey, "API_KEY")
        .Ignores("buildkite-api-token", "one character short", $"value: {BuildkiteApiTokenKey[..^1]}")
        .Ignores("buildkite-api-token", "embedded in a longer token", "value: Q" + BuildkiteApiTokenKey)
        .FindsIn("buildkite-cluster-agent-token", "an install line in a Dockerfile", $"RUN TOKEN=\"{ClusterToken}\" bash -c \"$(curl -sL https://raw.githubusercontent.com/buildkite/agent/main/install.sh)\"", ClusterToken)
        .Ignores("buildkite-cluster-agent-token", "no organization part", $"value: bkct_{ClusterToken[14..]}")
        .FindsIn("buildkite-agent-token", "a CI config's environment", $"environment:\n  BUILDKITE_AGENT_TOKEN=\"{AgentToken}\"", AgentToken)
        .Ignores("buildkite-agent-token", "no buildkite context", $"\"checksum\": \"{AgentToken}\"")
        .Ignores("buildkite-agent-token", "a build badge's id", $"[![Build Status](https://badge.buildkite.com/{AgentToken}.svg)](https://buildkite.com/acme/client)")
        .FindsIn("buildkite-cluster-agent-token", "the other written form", $"BUILDKITE_AGENT_TOKEN={UrlSafeClusterToken}\n", UrlSafeClusterToken)
        .Finds("buildkite-token", PortalToken, "BUILDKITE_PORTAL_TOKEN")
        .Ignores("buildkite-token", "too short", $"value: bkpt_{FakeKey.Random(FakeKey.Base62, 30, 6)}")
        .FindsIn("buildkite-token", "a pipeline token of the docs' shape", $"curl -H \"Authorization: Bearer {PipelineToken}\" https://api.buildkite.com/v2/organizations", PipelineToken);
}
