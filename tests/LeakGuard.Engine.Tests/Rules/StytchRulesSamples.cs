using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class StytchRulesSamples
{
    private static readonly string StytchSecretKey = FakeKey.Of("sec", "ret-", "live-", FakeKey.Random(FakeKey.UrlSafe, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("stytch-secret", StytchSecretKey, "API_KEY")
        .Ignores("stytch-secret", "one character short", $"value: {StytchSecretKey[..^1]}")
        .Ignores("stytch-secret", "embedded in a longer token", "value: Q" + StytchSecretKey);
}
