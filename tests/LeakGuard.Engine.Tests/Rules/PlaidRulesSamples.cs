using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PlaidRulesSamples
{
    private static readonly string PlaidAccessTokenKey = FakeKey.Of("acc", "ess-", "production-", FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    private static readonly string PlaidSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 30, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("plaid-access-token", PlaidAccessTokenKey, "API_KEY")
        .Ignores("plaid-access-token", "one character short", $"value: {PlaidAccessTokenKey[..^1]}")
        .Ignores("plaid-access-token", "embedded in a longer token", "value: Q" + PlaidAccessTokenKey)
        .Ignores("plaid-access-token", "the examples of Plaid's API reference", $"access_token = \"{FakeKey.Of("access-sandbox-de3ce8ef-3", "3f8-452c-a685-8671031fc0f6")}\"\nother_token = \"{FakeKey.Of("access-sandbox-435beced-9", "4e8-4df3-a181-1dde1cfa19f0")}\"")
        .Finds("plaid-secret", PlaidSecretKey, "PLAID_SECRET")
        .Ignores("plaid-secret", "no plaid context", $"\"checksum\": \"{PlaidSecretKey}\"")
        .Ignores("plaid-secret", "one character short", $"plaid: {PlaidSecretKey[..^1]}")
        .Ignores("plaid-secret", "the deprecated public key, meant for Plaid Link", $"PLAID_CLIENT_ID=5f1a2b3c4d5e6f7a8b9c0d1e\nPLAID_PUBLIC_KEY=\"{PlaidSecretKey}\"")
        .Ignores("plaid-secret", "the public key in a client's options", $"Plaid.create({{ publicKey: '{PlaidSecretKey}', env: 'sandbox' }});")
        .FindsIn("plaid-secret", "the secret beside the public key", $"PLAID_PUBLIC_KEY=\"{FakeKey.Random(FakeKey.Hex, 30, 41)}\"\nPLAID_SECRET=\"{PlaidSecretKey}\"", PlaidSecretKey);
}
