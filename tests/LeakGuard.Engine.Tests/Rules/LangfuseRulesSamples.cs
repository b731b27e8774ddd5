using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LangfuseRulesSamples
{
    private static readonly string LangfuseSecretKeyKey = FakeKey.Of("s", "k-", "lf-", FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("langfuse-secret-key", LangfuseSecretKeyKey, "API_KEY")
        .Ignores("langfuse-secret-key", "one character short", $"value: {LangfuseSecretKeyKey[..^1]}")
        .Ignores("langfuse-secret-key", "embedded in a longer token", "value: Q" + LangfuseSecretKeyKey);
}
