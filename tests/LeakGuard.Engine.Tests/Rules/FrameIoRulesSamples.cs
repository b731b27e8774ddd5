using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FrameIoRulesSamples
{
    private static readonly string FrameioTokenKey = FakeKey.Of("fio", "-u-", FakeKey.Random(FakeKey.UrlSafe, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("frameio-token", FrameioTokenKey, "API_KEY")
        .Ignores("frameio-token", "one character short", $"value: {FrameioTokenKey[..^1]}")
        .Ignores("frameio-token", "embedded in a longer token", "value: Q" + FrameioTokenKey);
}
