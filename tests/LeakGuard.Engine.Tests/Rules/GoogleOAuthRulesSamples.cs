using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GoogleOAuthRulesSamples
{
    private static readonly string GoogleOauthClientSecretKey = FakeKey.Of("G", "OC", "SPX-", FakeKey.Random(FakeKey.UrlSafe, 28, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("google-oauth-client-secret", GoogleOauthClientSecretKey, "API_KEY")
        .Ignores("google-oauth-client-secret", "one character short", $"value: {GoogleOauthClientSecretKey[..^1]}")
        .Ignores("google-oauth-client-secret", "embedded in a longer token", "value: Q" + GoogleOauthClientSecretKey);
}
