using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CerebrasRulesSamples
{
    private static readonly string CerebrasApiKeyKey = FakeKey.Of("cs", "k-", FakeKey.Random(TestKeys.LowerAlphanumeric, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cerebras-api-key", CerebrasApiKeyKey, "API_KEY")
        .Ignores("cerebras-api-key", "one character short", $"value: {CerebrasApiKeyKey[..^1]}")
        .Ignores("cerebras-api-key", "embedded in a longer token", "value: Q" + CerebrasApiKeyKey);
}
