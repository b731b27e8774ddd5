using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AnthropicOAuthRulesSamples
{
    private static readonly string AnthropicOauthAccessTokenKey = FakeKey.Of("s", "k-", "ant-oat01-", FakeKey.Random(FakeKey.UrlSafe, 93, 1), "AA");

    private static readonly string AnthropicOauthRefreshTokenKey = FakeKey.Of("s", "k-", "ant-ort01-", FakeKey.Random(FakeKey.UrlSafe, 93, 11), "AA");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("anthropic-oauth-access-token", AnthropicOauthAccessTokenKey, "API_KEY")
        .Ignores("anthropic-oauth-access-token", "embedded in a longer token", "value: Q" + AnthropicOauthAccessTokenKey)
        .Ignores("anthropic-oauth-access-token", "one character below the minimum length", $"value: {AnthropicOauthAccessTokenKey[..92]}")
        .Finds("anthropic-oauth-refresh-token", AnthropicOauthRefreshTokenKey, "API_KEY")
        .Ignores("anthropic-oauth-refresh-token", "embedded in a longer token", "value: Q" + AnthropicOauthRefreshTokenKey)
        .Ignores("anthropic-oauth-refresh-token", "one character below the minimum length", $"value: {AnthropicOauthRefreshTokenKey[..92]}");
}
