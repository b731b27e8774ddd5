using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class XataRulesSamples
{
    private static readonly string XataApiKeyKey = FakeKey.Of("xa", "u_", FakeKey.Random(FakeKey.Base62, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("xata-api-key", XataApiKeyKey, "API_KEY")
        .Ignores("xata-api-key", "embedded in a longer token", "value: Q" + XataApiKeyKey)
        .Ignores("xata-api-key", "one character below the minimum length", $"value: {XataApiKeyKey[..35]}");
}
