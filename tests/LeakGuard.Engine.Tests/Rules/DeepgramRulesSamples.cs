using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DeepgramRulesSamples
{
    private static readonly string DeepgramApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("deepgram-api-key", DeepgramApiKeyKey, "DEEPGRAM_API_KEY")
        .FindsIn("deepgram-api-key", "the variable Deepgram's samples read", $"DG_API_KEY={DeepgramApiKeyKey}\n", DeepgramApiKeyKey)
        .Ignores("deepgram-api-key", "no deepgram context", $"\"checksum\": \"{DeepgramApiKeyKey}\"")
        .Ignores("deepgram-api-key", "one character short", $"deepgram: {DeepgramApiKeyKey[..^1]}");
}
