using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SerpApiRulesSamples
{
    private static readonly string SerpapiApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("serpapi-api-key", SerpapiApiKeyKey, "SERPAPI_API_KEY")
        .Ignores("serpapi-api-key", "no serpapi context", $"\"checksum\": \"{SerpapiApiKeyKey}\"")
        .Ignores("serpapi-api-key", "one character short", $"serpapi: {SerpapiApiKeyKey[..^1]}");
}
