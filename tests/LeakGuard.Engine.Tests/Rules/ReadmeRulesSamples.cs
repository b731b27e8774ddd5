using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ReadmeRulesSamples
{
    private static readonly string ReadmeApiKeyKey = FakeKey.Of("rd", "me_", FakeKey.Random(TestKeys.LowerAlphanumeric, 70, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("readme-api-key", ReadmeApiKeyKey, "API_KEY")
        .Ignores("readme-api-key", "one character short", $"value: {ReadmeApiKeyKey[..^1]}")
        .Ignores("readme-api-key", "embedded in a longer token", "value: Q" + ReadmeApiKeyKey);
}
