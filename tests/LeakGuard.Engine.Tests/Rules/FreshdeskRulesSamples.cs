using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FreshdeskRulesSamples
{
    private static readonly string FreshdeskApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 20, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("freshdesk-api-key", FreshdeskApiKeyKey, "FRESHDESK_API_KEY")
        .Ignores("freshdesk-api-key", "no freshdesk context", $"\"checksum\": \"{FreshdeskApiKeyKey}\"")
        .Ignores("freshdesk-api-key", "one character short", $"freshdesk: {FreshdeskApiKeyKey[..^1]}");
}
