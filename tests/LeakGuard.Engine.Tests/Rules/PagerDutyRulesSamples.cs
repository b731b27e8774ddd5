using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PagerDutyRulesSamples
{
    private static readonly string PagerdutyApiKeyKey = FakeKey.Of("u", "+", FakeKey.Random(FakeKey.UrlSafe, 18, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pagerduty-api-key", PagerdutyApiKeyKey, "PAGERDUTY_API_KEY")
        .Ignores("pagerduty-api-key", "no pagerduty context", $"\"checksum\": \"{PagerdutyApiKeyKey}\"")
        .Ignores("pagerduty-api-key", "one character short", $"pagerduty: {PagerdutyApiKeyKey[..^1]}");
}
