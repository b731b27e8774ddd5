using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PackagistRulesSamples
{
    private static readonly string PackagistTokenKey = FakeKey.Of("packa", "gist_", "uut_", FakeKey.Random(FakeKey.Hex, 68, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("packagist-token", PackagistTokenKey, "API_KEY")
        .Ignores("packagist-token", "one character short", $"value: {PackagistTokenKey[..^1]}")
        .Ignores("packagist-token", "embedded in a longer token", "value: Q" + PackagistTokenKey);
}
