using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DigitalOceanRulesSamples
{
    private static readonly string DigitaloceanPatKey = FakeKey.Of("dop", "_v1_", FakeKey.Random(FakeKey.Hex, 64, 1));

    private static readonly string DigitaloceanOauthTokenKey = FakeKey.Of("doo", "_v1_", FakeKey.Random(FakeKey.Hex, 64, 11));

    private static readonly string DigitaloceanRefreshTokenKey = FakeKey.Of("dor", "_v1_", FakeKey.Random(FakeKey.Hex, 64, 21));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("digitalocean-pat", DigitaloceanPatKey, "API_KEY")
        .Ignores("digitalocean-pat", "one character short", $"value: {DigitaloceanPatKey[..^1]}")
        .Ignores("digitalocean-pat", "embedded in a longer token", "value: Q" + DigitaloceanPatKey)
        .Finds("digitalocean-oauth-token", DigitaloceanOauthTokenKey, "API_KEY")
        .Ignores("digitalocean-oauth-token", "one character short", $"value: {DigitaloceanOauthTokenKey[..^1]}")
        .Ignores("digitalocean-oauth-token", "embedded in a longer token", "value: Q" + DigitaloceanOauthTokenKey)
        .Finds("digitalocean-refresh-token", DigitaloceanRefreshTokenKey, "API_KEY")
        .Ignores("digitalocean-refresh-token", "one character short", $"value: {DigitaloceanRefreshTokenKey[..^1]}")
        .Ignores("digitalocean-refresh-token", "embedded in a longer token", "value: Q" + DigitaloceanRefreshTokenKey);
}
