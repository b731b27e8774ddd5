using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NotionRulesSamples
{
    private static readonly string NotionIntegrationTokenKey = FakeKey.Of("nt", "n_", FakeKey.Random(TestKeys.Digits, 11, 1), FakeKey.Random(FakeKey.Base62, 35, 2));

    private static readonly string NotionLegacyTokenKey = FakeKey.Of("sec", "ret_", FakeKey.Random(FakeKey.Base62, 43, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("notion-integration-token", NotionIntegrationTokenKey, "API_KEY")
        .Ignores("notion-integration-token", "one character short", $"value: {NotionIntegrationTokenKey[..^1]}")
        .Ignores("notion-integration-token", "embedded in a longer token", "value: Q" + NotionIntegrationTokenKey)
        .FindsIn("notion-legacy-token", "an example app's integration token", $"INTEGRATION_TOKEN={NotionLegacyTokenKey}\n", NotionLegacyTokenKey)
        .Finds("notion-legacy-token", NotionLegacyTokenKey, "NOTION_TOKEN")
        .Ignores("notion-legacy-token", "no notion context", $"\"checksum\": \"{NotionLegacyTokenKey}\"")
        .Ignores("notion-legacy-token", "one character short", $"notion: {NotionLegacyTokenKey[..^1]}");
}
