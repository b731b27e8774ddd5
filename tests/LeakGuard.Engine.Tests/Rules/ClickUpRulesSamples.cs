using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ClickUpRulesSamples
{
    private static readonly string ClickupPatKey = FakeKey.Of("p", "k_", FakeKey.Random(TestKeys.Digits, 8, 1), "_", FakeKey.Random(TestKeys.UpperAlphanumeric, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("clickup-pat", ClickupPatKey, "API_KEY")
        .Ignores("clickup-pat", "one character short", $"value: {ClickupPatKey[..^1]}")
        .Ignores("clickup-pat", "embedded in a longer token", "value: Q" + ClickupPatKey);
}
