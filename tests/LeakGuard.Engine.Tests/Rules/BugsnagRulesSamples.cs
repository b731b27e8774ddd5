using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BugsnagRulesSamples
{
    private static readonly string BugsnagApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("bugsnag-api-key", BugsnagApiKeyKey, "BUGSNAG_API_KEY")
        .Ignores("bugsnag-api-key", "no bugsnag context", $"\"checksum\": \"{BugsnagApiKeyKey}\"")
        .Ignores("bugsnag-api-key", "one character short", $"bugsnag: {BugsnagApiKeyKey[..^1]}");
}
