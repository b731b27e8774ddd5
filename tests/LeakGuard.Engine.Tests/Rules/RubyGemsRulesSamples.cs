using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RubyGemsRulesSamples
{
    private static readonly string RubygemsApiKeyKey = FakeKey.Of("ruby", "gems_", FakeKey.Random(FakeKey.Hex, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("rubygems-api-key", RubygemsApiKeyKey, "API_KEY")
        .Ignores("rubygems-api-key", "one character short", $"value: {RubygemsApiKeyKey[..^1]}")
        .Ignores("rubygems-api-key", "embedded in a longer token", "value: Q" + RubygemsApiKeyKey);
}
