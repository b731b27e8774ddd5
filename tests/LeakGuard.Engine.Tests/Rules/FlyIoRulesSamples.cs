using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FlyIoRulesSamples
{
    private static readonly string FlyioAccessTokenKey = FakeKey.Of("fo", "1_", FakeKey.Random(FakeKey.UrlSafe, 43, 1));

    private static readonly string FlyioMacaroonKey = FakeKey.Of("fm", "2_", FakeKey.Random(FakeKey.Base64, 180, 11));

    // Every fm2_ macaroon starts with the same msgpack header, zero bytes that are a run of "A"s in base 64.
    private static readonly string FlyioMacaroonWithHeader = FakeKey.Of("fm", "2_lJPEC", new string('A', 7), FakeKey.Random(FakeKey.Base64, 340, 12), "=");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("flyio-access-token", FlyioAccessTokenKey, "API_KEY")
        .Ignores("flyio-access-token", "one character short", $"value: {FlyioAccessTokenKey[..^1]}")
        .Ignores("flyio-access-token", "embedded in a longer token", "value: Q" + FlyioAccessTokenKey)
        .Finds("flyio-macaroon", FlyioMacaroonKey, "API_KEY")
        .FindsIn("flyio-macaroon", "a deploy token with its header", $"export FLY_API_TOKEN='FlyV1 {FlyioMacaroonWithHeader}'", FlyioMacaroonWithHeader)
        .Ignores("flyio-macaroon", "embedded in a longer token", "value: Q" + FlyioMacaroonKey)
        .Ignores("flyio-macaroon", "one character below the minimum length", $"value: {FlyioMacaroonKey[..103]}");
}
