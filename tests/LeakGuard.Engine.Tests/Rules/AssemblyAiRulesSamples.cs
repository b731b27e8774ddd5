using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AssemblyAiRulesSamples
{
    private static readonly string AssemblyaiApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 12, 1), "4", FakeKey.Random(FakeKey.Hex, 3, 2), "a", FakeKey.Random(FakeKey.Hex, 15, 3));
    private static readonly string NotUuidKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 12, 1), "c", FakeKey.Random(FakeKey.Hex, 19, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("assemblyai-api-key", AssemblyaiApiKeyKey, "ASSEMBLYAI_API_KEY")
        .FindsIn("assemblyai-api-key", "the Python SDK's alias", $"aai.settings.api_key = \"{AssemblyaiApiKeyKey}\"\n", AssemblyaiApiKeyKey)
        .Ignores("assemblyai-api-key", "32 hex digits that are not a version-4 UUID", $"assemblyai: {NotUuidKey}")
        .Ignores("assemblyai-api-key", "no assemblyai context", $"\"checksum\": \"{AssemblyaiApiKeyKey}\"")
        .Ignores("assemblyai-api-key", "another provider's token beside AssemblyAI's name", $"# ASSEMBLYAI_API_KEY comes from the CI's secrets\nanalytics:\n  mixpanel: {AssemblyaiApiKeyKey}\n")
        .FindsIn("assemblyai-api-key", "a name that holds both providers is AssemblyAI's", $"# Mixpanel is set up in analytics.py\nASSEMBLYAI_API_KEY = {AssemblyaiApiKeyKey}\n", AssemblyaiApiKeyKey)
        .Ignores("assemblyai-api-key", "one character short", $"assemblyai: {AssemblyaiApiKeyKey[..^1]}");
}
