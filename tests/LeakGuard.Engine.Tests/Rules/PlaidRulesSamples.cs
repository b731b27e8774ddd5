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
        .Finds("plaid-secret", PlaidSecretKey, "PLAID_SECRET")
        .Ignores("plaid-secret", "no plaid context", $"\"checksum\": \"{PlaidSecretKey}\"")
        .Ignores("plaid-secret", "one character short", $"plaid: {PlaidSecretKey[..^1]}");
}
