using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SquareRulesSamples
{
    private static readonly string SquareAccessTokenKey = FakeKey.Of("EA", "AA", FakeKey.Random(FakeKey.UrlSafe, 60, 1));

    private static readonly string SquareLegacyAccessTokenKey = FakeKey.Of("sq0", "atp-", FakeKey.Random(FakeKey.UrlSafe, 22, 11));

    private static readonly string SquareOauthSecretKey = FakeKey.Of("sq0", "csp-", FakeKey.Random(FakeKey.UrlSafe, 43, 21));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("square-access-token", SquareAccessTokenKey, "API_KEY")
        .Ignores("square-access-token", "one character short", $"value: {SquareAccessTokenKey[..^1]}")
        .Ignores("square-access-token", "embedded in a longer token", "value: Q" + SquareAccessTokenKey)
        .Finds("square-legacy-access-token", SquareLegacyAccessTokenKey, "API_KEY")
        .Ignores("square-legacy-access-token", "one character short", $"value: {SquareLegacyAccessTokenKey[..^1]}")
        .Ignores("square-legacy-access-token", "embedded in a longer token", "value: Q" + SquareLegacyAccessTokenKey)
        .Finds("square-oauth-secret", SquareOauthSecretKey, "API_KEY")
        .Ignores("square-oauth-secret", "one character short", $"value: {SquareOauthSecretKey[..^1]}")
        .Ignores("square-oauth-secret", "embedded in a longer token", "value: Q" + SquareOauthSecretKey);
}
