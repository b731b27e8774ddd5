using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ElevenLabsRulesSamples
{
    private static readonly string ElevenlabsApiKeyKey = FakeKey.Of("s", "k_", FakeKey.Random(FakeKey.Hex, 48, 1));
    private static readonly string LegacyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("elevenlabs-api-key", ElevenlabsApiKeyKey, "ELEVENLABS_API_KEY")
        .FindsIn("elevenlabs-api-key", "a legacy key in the xi-api-key header", $"headers = {{\n    \"Accept\": \"audio/mpeg\",\n    \"xi-api-key\": \"{LegacyKey}\"\n}}\n", LegacyKey)
        .Ignores("elevenlabs-api-key", "a digest the comment names, in a module that calls ElevenLabs", $"from elevenlabs import ElevenLabs\nEMBED_CACHE_KEY = \"{LegacyKey}\"  # md5 of the prompt template\n")
        .Ignores("elevenlabs-api-key", "a legacy-length hex value with no ElevenLabs context", $"\"checksum\": \"{LegacyKey}\"")
        .Ignores("elevenlabs-api-key", "no elevenlabs context", $"\"checksum\": \"{ElevenlabsApiKeyKey}\"")
        .Ignores("elevenlabs-api-key", "one character short", $"elevenlabs: {ElevenlabsApiKeyKey[..^1]}");
}
