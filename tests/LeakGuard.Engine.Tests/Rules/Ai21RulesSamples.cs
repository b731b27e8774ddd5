using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class Ai21RulesSamples
{
    private static readonly string Ai21ApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ai21-api-key", Ai21ApiKeyKey, "AI21_API_KEY")
        .FindsIn("ai21-api-key", "the legacy SDK's module setting", $"import ai21\n\nai21.api_key = \"{Ai21ApiKeyKey}\"\n", Ai21ApiKeyKey)
        .Ignores("ai21-api-key", "ai21 inside another word", $"mai21 = \"{Ai21ApiKeyKey}\"")
        .Ignores("ai21-api-key", "no ai21_ context", $"\"checksum\": \"{Ai21ApiKeyKey}\"")
        .Ignores("ai21-api-key", "one character short", $"ai21_: {Ai21ApiKeyKey[..^1]}");
}
