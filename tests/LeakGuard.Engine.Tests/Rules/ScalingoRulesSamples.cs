using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ScalingoRulesSamples
{
    private static readonly string ScalingoApiTokenKey = FakeKey.Of("tk-", "us-", FakeKey.Random(FakeKey.UrlSafe, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("scalingo-api-token", ScalingoApiTokenKey, "API_KEY")
        .Ignores("scalingo-api-token", "one character short", $"value: {ScalingoApiTokenKey[..^1]}")
        .Ignores("scalingo-api-token", "embedded in a longer token", "value: Q" + ScalingoApiTokenKey);
}
