using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FreshdeskRulesSamples
{
    private static readonly string FreshdeskApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 20, 1));

    private static readonly string ShortKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 19, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("freshdesk-api-key", FreshdeskApiKeyKey, "FRESHDESK_API_KEY")
        .FindsIn("freshdesk-api-key", "a 19-character key", $"FRESHDESK_API_KEY = '{ShortKey}'\nFRESHDESK_BASE_URL = f'https://{{FRESHDESK_DOMAIN}}.freshdesk.com/api/v2'", ShortKey)
        .Ignores("freshdesk-api-key", "no freshdesk context", $"\"checksum\": \"{FreshdeskApiKeyKey}\"")
        .Ignores("freshdesk-api-key", "two characters short", $"freshdesk: {FreshdeskApiKeyKey[..^2]}");
}
