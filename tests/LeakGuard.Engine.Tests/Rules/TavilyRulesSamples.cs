using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TavilyRulesSamples
{
    private static readonly string TavilyApiKeyKey = FakeKey.Of("tv", "ly-", "dev-", FakeKey.Random(FakeKey.Base62, 32, 1));

    private static readonly string TavilyCurrentKey = FakeKey.Of("tv", "ly-", "dev-", FakeKey.Random(FakeKey.Base62, 6, 2), "-", FakeKey.Random(FakeKey.Base62, 42, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tavily-api-key", TavilyApiKeyKey, "API_KEY")
        .Finds("tavily-api-key", TavilyCurrentKey, "TAVILY_API_KEY")
        .Ignores("tavily-api-key", "current format too short", $"value: {TavilyCurrentKey[..^5]}")
        .Ignores("tavily-api-key", "one character short", $"value: {TavilyApiKeyKey[..^1]}")
        .Ignores("tavily-api-key", "embedded in a longer token", "value: Q" + TavilyApiKeyKey);
}
