using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FigmaRulesSamples
{
    private static readonly string FigmaPatKey = FakeKey.Of("fi", "gd_", FakeKey.Random(FakeKey.UrlSafe, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("figma-pat", FigmaPatKey, "API_KEY")
        .Ignores("figma-pat", "one character short", $"value: {FigmaPatKey[..^1]}")
        .Ignores("figma-pat", "embedded in a longer token", "value: Q" + FigmaPatKey);
}
