using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FirecrawlRulesSamples
{
    private static readonly string FirecrawlApiKeyKey = FakeKey.Of("f", "c-", FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("firecrawl-api-key", FirecrawlApiKeyKey, "FIRECRAWL_API_KEY")
        .Ignores("firecrawl-api-key", "no firecrawl context", $"\"checksum\": \"{FirecrawlApiKeyKey}\"")
        .Ignores("firecrawl-api-key", "one character short", $"firecrawl: {FirecrawlApiKeyKey[..^1]}");
}
