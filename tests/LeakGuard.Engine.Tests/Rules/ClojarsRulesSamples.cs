using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ClojarsRulesSamples
{
    private static readonly string ClojarsDeployTokenKey = FakeKey.Of("CLOJ", "ARS_", FakeKey.Random(TestKeys.LowerAlphanumeric, 60, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("clojars-deploy-token", ClojarsDeployTokenKey, "API_KEY")
        .Ignores("clojars-deploy-token", "one character short", $"value: {ClojarsDeployTokenKey[..^1]}")
        .Ignores("clojars-deploy-token", "embedded in a longer token", "value: Q" + ClojarsDeployTokenKey);
}
