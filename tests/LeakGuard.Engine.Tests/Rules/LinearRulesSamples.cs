using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LinearRulesSamples
{
    private static readonly string LinearApiKeyKey = FakeKey.Of("lin_", "api_", FakeKey.Random(FakeKey.Base62, 40, 1));

    private static readonly string LinearOauthTokenKey = FakeKey.Of("lin_o", "auth_", FakeKey.Random(FakeKey.Hex, 64, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("linear-api-key", LinearApiKeyKey, "API_KEY")
        .Ignores("linear-api-key", "one character short", $"value: {LinearApiKeyKey[..^1]}")
        .Ignores("linear-api-key", "embedded in a longer token", "value: Q" + LinearApiKeyKey)
        .Finds("linear-oauth-token", LinearOauthTokenKey, "API_KEY")
        .Ignores("linear-oauth-token", "one character short", $"value: {LinearOauthTokenKey[..^1]}")
        .Ignores("linear-oauth-token", "embedded in a longer token", "value: Q" + LinearOauthTokenKey);
}
