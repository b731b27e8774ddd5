using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SegmentRulesSamples
{
    private static readonly string SegmentPublicApiTokenKey = FakeKey.Of("sg", "p_", FakeKey.Random(FakeKey.Base62, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("segment-public-api-token", SegmentPublicApiTokenKey, "API_KEY")
        .Ignores("segment-public-api-token", "one character short", $"value: {SegmentPublicApiTokenKey[..^1]}")
        .Ignores("segment-public-api-token", "embedded in a longer token", "value: Q" + SegmentPublicApiTokenKey);
}
