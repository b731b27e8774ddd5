using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PulumiRulesSamples
{
    private static readonly string PulumiAccessTokenKey = FakeKey.Of("pu", "l-", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pulumi-access-token", PulumiAccessTokenKey, "API_KEY")
        .Ignores("pulumi-access-token", "one character short", $"value: {PulumiAccessTokenKey[..^1]}")
        .Ignores("pulumi-access-token", "embedded in a longer token", "value: Q" + PulumiAccessTokenKey);
}
