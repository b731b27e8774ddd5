using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ShippoRulesSamples
{
    private static readonly string ShippoApiTokenKey = FakeKey.Of("shi", "ppo_", "live_", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("shippo-api-token", ShippoApiTokenKey, "API_KEY")
        .Ignores("shippo-api-token", "one character short", $"value: {ShippoApiTokenKey[..^1]}")
        .Ignores("shippo-api-token", "embedded in a longer token", "value: Q" + ShippoApiTokenKey);
}
