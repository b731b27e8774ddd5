using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AxiomRulesSamples
{
    private static readonly string AxiomTokenKey = FakeKey.Of("x", "a", "at-", FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("axiom-token", AxiomTokenKey, "API_KEY")
        .Ignores("axiom-token", "one character short", $"value: {AxiomTokenKey[..^1]}")
        .Ignores("axiom-token", "embedded in a longer token", "value: Q" + AxiomTokenKey);
}
