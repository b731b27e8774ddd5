using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TypeformRulesSamples
{
    private static readonly string TypeformPatKey = FakeKey.Of("tf", "p_", FakeKey.Random(FakeKey.UrlSafe, 59, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("typeform-pat", TypeformPatKey, "API_KEY")
        .Ignores("typeform-pat", "one character short", $"value: {TypeformPatKey[..^1]}")
        .Ignores("typeform-pat", "embedded in a longer token", "value: Q" + TypeformPatKey);
}
