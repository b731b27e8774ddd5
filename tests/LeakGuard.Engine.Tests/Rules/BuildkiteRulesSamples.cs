using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BuildkiteRulesSamples
{
    private static readonly string BuildkiteApiTokenKey = FakeKey.Of("bk", "ua_", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("buildkite-api-token", BuildkiteApiTokenKey, "API_KEY")
        .Ignores("buildkite-api-token", "one character short", $"value: {BuildkiteApiTokenKey[..^1]}")
        .Ignores("buildkite-api-token", "embedded in a longer token", "value: Q" + BuildkiteApiTokenKey);
}
