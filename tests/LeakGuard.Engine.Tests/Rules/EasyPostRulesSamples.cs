using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class EasyPostRulesSamples
{
    private static readonly string EasypostApiKeyKey = FakeKey.Of("E", "Z", "AK", FakeKey.Random(FakeKey.Base62, 54, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("easypost-api-key", EasypostApiKeyKey, "API_KEY")
        .Ignores("easypost-api-key", "one character short", $"value: {EasypostApiKeyKey[..^1]}")
        .Ignores("easypost-api-key", "embedded in a longer token", "value: Q" + EasypostApiKeyKey);
}
