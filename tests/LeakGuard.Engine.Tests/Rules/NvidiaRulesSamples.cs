using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NvidiaRulesSamples
{
    private static readonly string NvidiaApiKeyKey = FakeKey.Of("nva", "pi-", FakeKey.Random(FakeKey.UrlSafe, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("nvidia-api-key", NvidiaApiKeyKey, "API_KEY")
        .Ignores("nvidia-api-key", "one character short", $"value: {NvidiaApiKeyKey[..^1]}")
        .Ignores("nvidia-api-key", "embedded in a longer token", "value: Q" + NvidiaApiKeyKey);
}
