using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HarnessRulesSamples
{
    private static readonly string HarnessApiTokenKey = FakeKey.Of("pa", "t.", FakeKey.Random(FakeKey.UrlSafe, 22, 1), ".", FakeKey.Random(FakeKey.Hex, 24, 2), ".", FakeKey.Random(FakeKey.Base62, 20, 3));

    private static readonly string OlderToken = FakeKey.Of("sa", "t.", FakeKey.Random(FakeKey.Hex, 24, 4), ".", FakeKey.Random(FakeKey.Base62, 20, 5));

    private static readonly string LetterIdToken = FakeKey.Of("pa", "t.", FakeKey.Random(FakeKey.UrlSafe, 22, 6), ".", FakeKey.Random(FakeKey.Base62, 24, 7), ".", FakeKey.Random(FakeKey.Base62, 20, 8));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("harness-api-token", HarnessApiTokenKey, "API_KEY")
        .FindsIn("harness-api-token", "a token made before the account's id was added", $"curl -H 'x-api-key: {OlderToken}' https://app.harness.io/gateway/ng/api/user/currentUser", OlderToken)
        .FindsIn("harness-api-token", "a token id of letters and digits", $"HARNESS_API_KEY={LetterIdToken}", LetterIdToken)
        .Ignores("harness-api-token", "one character short", $"value: {HarnessApiTokenKey[..^1]}")
        .Ignores("harness-api-token", "embedded in a longer token", "value: Q" + HarnessApiTokenKey);
}
