using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BasetenRulesSamples
{
    private static readonly string BasetenApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 8, 1), ".", FakeKey.Random(FakeKey.Base62, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("baseten-api-key", BasetenApiKeyKey, "BASETEN_API_KEY")
        .Ignores("baseten-api-key", "no baseten context", $"\"checksum\": \"{BasetenApiKeyKey}\"")
        .Ignores("baseten-api-key", "one character short", $"baseten: {BasetenApiKeyKey[..^1]}");
}
