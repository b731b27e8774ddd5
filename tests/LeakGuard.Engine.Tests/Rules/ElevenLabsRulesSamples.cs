using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ElevenLabsRulesSamples
{
    private static readonly string ElevenlabsApiKeyKey = FakeKey.Of("s", "k_", FakeKey.Random(FakeKey.Hex, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("elevenlabs-api-key", ElevenlabsApiKeyKey, "ELEVENLABS_API_KEY")
        .Ignores("elevenlabs-api-key", "no elevenlabs context", $"\"checksum\": \"{ElevenlabsApiKeyKey}\"")
        .Ignores("elevenlabs-api-key", "one character short", $"elevenlabs: {ElevenlabsApiKeyKey[..^1]}");
}
