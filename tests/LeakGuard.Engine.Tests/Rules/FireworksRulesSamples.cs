using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FireworksRulesSamples
{
    private static readonly string FireworksApiKeyKey = FakeKey.Of("f", "w_", FakeKey.Random(FakeKey.Base62, 24, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("fireworks-api-key", FireworksApiKeyKey, "API_KEY")
        .Ignores("fireworks-api-key", "one character short", $"value: {FireworksApiKeyKey[..^1]}")
        .Ignores("fireworks-api-key", "embedded in a longer token", "value: Q" + FireworksApiKeyKey)
        .Ignores("fireworks-api-key", "inside a url-safe hash of a wheel's RECORD", "pkg/version.py,sha256=qaN-" + FireworksApiKeyKey + ",160");
}
