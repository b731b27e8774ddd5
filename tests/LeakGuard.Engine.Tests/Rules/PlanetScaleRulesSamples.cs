using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PlanetScaleRulesSamples
{
    private static readonly string PlanetscaleApiTokenKey = FakeKey.Of("pscal", "e_tkn_", FakeKey.Random(FakeKey.UrlSafe, 43, 1));

    private static readonly string PlanetscalePasswordKey = FakeKey.Of("pscal", "e_pw_", FakeKey.Random(FakeKey.UrlSafe, 43, 11));

    private static readonly string PlanetscaleOauthTokenKey = FakeKey.Of("pscale", "_oauth_", FakeKey.Random(FakeKey.UrlSafe, 43, 21));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("planetscale-api-token", PlanetscaleApiTokenKey, "API_KEY")
        .Ignores("planetscale-api-token", "embedded in a longer token", "value: Q" + PlanetscaleApiTokenKey)
        .Ignores("planetscale-api-token", "one character below the minimum length", $"value: {PlanetscaleApiTokenKey[..42]}")
        .Finds("planetscale-password", PlanetscalePasswordKey, "API_KEY")
        .Ignores("planetscale-password", "embedded in a longer token", "value: Q" + PlanetscalePasswordKey)
        .Ignores("planetscale-password", "one character below the minimum length", $"value: {PlanetscalePasswordKey[..41]}")
        .Finds("planetscale-oauth-token", PlanetscaleOauthTokenKey, "API_KEY")
        .Ignores("planetscale-oauth-token", "embedded in a longer token", "value: Q" + PlanetscaleOauthTokenKey)
        .Ignores("planetscale-oauth-token", "one character below the minimum length", $"value: {PlanetscaleOauthTokenKey[..44]}");
}
