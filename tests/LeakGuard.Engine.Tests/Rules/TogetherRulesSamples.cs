using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TogetherRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("together-api-key", TestKeys.Together(), "TOGETHER_API_KEY")
        .FindsIn("together-legacy-api-key", ".env line", $"TOGETHER_API_KEY={FakeKey.Random(FakeKey.Hex, 64)}", FakeKey.Random(FakeKey.Hex, 64))
        .FindsIn("together-legacy-api-key", "the Python SDK's client", $"from together import Together\n\nclient = Together(api_key=\"{FakeKey.Random(FakeKey.Hex, 64, 4)}\")\n", FakeKey.Random(FakeKey.Hex, 64, 4))
        .Ignores("together-api-key", "one character short", TestKeys.Together()[..^1])
        .Ignores("together-legacy-api-key", "a test vector's hex under a comment with the English word", $"// Put it all together: RFC 8032's first test key.\nstatic const char kKey[] = \"{FakeKey.Random(FakeKey.Hex, 64, 3)}\";")
        .Ignores("together-legacy-api-key", "a SHA-256 without Together context", $"\"sha256\": \"{FakeKey.Random(FakeKey.Hex, 64)}\"");
}
