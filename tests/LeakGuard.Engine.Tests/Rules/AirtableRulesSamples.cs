using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AirtableRulesSamples
{
    private static readonly string AirtablePatKey = FakeKey.Of("p", "at", FakeKey.Random(FakeKey.Base62, 14, 1), ".", FakeKey.Random(FakeKey.Hex, 64, 2));

    private static readonly string AirtableApiKeyKey = FakeKey.Of("k", "ey", FakeKey.Random(FakeKey.Base62, 14, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("airtable-pat", AirtablePatKey, "API_KEY")
        .Ignores("airtable-pat", "one character short", $"value: {AirtablePatKey[..^1]}")
        .Ignores("airtable-pat", "embedded in a longer token", "value: Q" + AirtablePatKey)
        .Finds("airtable-api-key", AirtableApiKeyKey, "AIRTABLE_API_KEY")
        .Ignores("airtable-api-key", "no airtable context", $"\"checksum\": \"{AirtableApiKeyKey}\"")
        .Ignores("airtable-api-key", "one character short", $"airtable: {AirtableApiKeyKey[..^1]}");
}
