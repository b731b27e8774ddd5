using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class StabilityRulesSamples
{
    private static readonly string StabilityApiKeyKey = FakeKey.Of("s", "k-", FakeKey.Random(FakeKey.Base62, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("stability-api-key", StabilityApiKeyKey, "STABILITY_API_KEY")
        .Ignores("stability-api-key", "no stability context", $"\"checksum\": \"{StabilityApiKeyKey}\"")
        .Ignores("stability-api-key", "one character short", $"stability: {StabilityApiKeyKey[..^1]}");
}
