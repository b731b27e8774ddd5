using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RenderRulesSamples
{
    private static readonly string RenderApiKeyKey = FakeKey.Of("rn", "d_", FakeKey.Random(FakeKey.Base62, 28, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("render-api-key", RenderApiKeyKey, "API_KEY")
        .Ignores("render-api-key", "one character short", $"value: {RenderApiKeyKey[..^1]}")
        .Ignores("render-api-key", "embedded in a longer token", "value: Q" + RenderApiKeyKey)
        .Ignores("render-api-key", "a lower-case name", "rnd_normalisedcoordinatesbuffer1 = sample(seed)");
}
