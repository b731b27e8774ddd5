using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VultrRulesSamples
{
    private static readonly string VultrApiKeyKey = FakeKey.Of(FakeKey.Random(TestKeys.UpperAlphanumeric, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("vultr-api-key", VultrApiKeyKey, "VULTR_API_KEY")
        .Ignores("vultr-api-key", "no vultr context", $"\"checksum\": \"{VultrApiKeyKey}\"")
        .Ignores("vultr-api-key", "one character short", $"vultr: {VultrApiKeyKey[..^1]}");
}
