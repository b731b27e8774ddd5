using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AmazonMwsRulesSamples
{
    private static readonly string AmazonMwsAuthTokenKey = FakeKey.Of("am", "zn.", "mws.", FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("amazon-mws-auth-token", AmazonMwsAuthTokenKey, "API_KEY")
        .Ignores("amazon-mws-auth-token", "one character short", $"value: {AmazonMwsAuthTokenKey[..^1]}")
        .Ignores("amazon-mws-auth-token", "embedded in a longer token", "value: Q" + AmazonMwsAuthTokenKey);
}
