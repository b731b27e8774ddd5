using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HoneycombRulesSamples
{
    private static readonly string HoneycombIngestKeyKey = FakeKey.Of("hca", "ik_", FakeKey.Random(TestKeys.LowerAlphanumeric, 58, 1));

    private static readonly string HoneycombApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 22, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("honeycomb-ingest-key", HoneycombIngestKeyKey, "API_KEY")
        .Ignores("honeycomb-ingest-key", "one character short", $"value: {HoneycombIngestKeyKey[..^1]}")
        .Ignores("honeycomb-ingest-key", "embedded in a longer token", "value: Q" + HoneycombIngestKeyKey)
        .Finds("honeycomb-api-key", HoneycombApiKeyKey, "HONEYCOMB_API_KEY")
        .Ignores("honeycomb-api-key", "no honeycomb context", $"\"checksum\": \"{HoneycombApiKeyKey}\"")
        .Ignores("honeycomb-api-key", "one character short", $"honeycomb: {HoneycombApiKeyKey[..^1]}");
}
