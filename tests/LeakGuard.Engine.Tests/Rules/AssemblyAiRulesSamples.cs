using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AssemblyAiRulesSamples
{
    private static readonly string AssemblyaiApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("assemblyai-api-key", AssemblyaiApiKeyKey, "ASSEMBLYAI_API_KEY")
        .Ignores("assemblyai-api-key", "no assemblyai context", $"\"checksum\": \"{AssemblyaiApiKeyKey}\"")
        .Ignores("assemblyai-api-key", "one character short", $"assemblyai: {AssemblyaiApiKeyKey[..^1]}");
}
