using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SourcegraphRulesSamples
{
    private static readonly string SourcegraphAccessTokenKey = FakeKey.Of("sg", "p_", FakeKey.Random(FakeKey.Hex, 16, 1), "_", FakeKey.Random(FakeKey.Hex, 40, 2));

    private static readonly string CodyGatewayToken = FakeKey.Of("sl", "k_", FakeKey.Random(FakeKey.Hex, 64, 41));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sourcegraph-access-token", SourcegraphAccessTokenKey, "API_KEY")
        .Ignores("sourcegraph-access-token", "one character short", $"value: {SourcegraphAccessTokenKey[..^1]}")
        .Ignores("sourcegraph-access-token", "embedded in a longer token", "value: Q" + SourcegraphAccessTokenKey)
        .Finds("sourcegraph-cody-gateway-token", CodyGatewayToken, "CODY_GATEWAY_TOKEN")
        .Ignores("sourcegraph-cody-gateway-token", "one hex digit short", $"value: {CodyGatewayToken[..^1]}");
}
