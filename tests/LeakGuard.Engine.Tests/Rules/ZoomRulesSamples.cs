using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ZoomRulesSamples
{
    private static readonly string ZoomClientSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("zoom-client-secret", ZoomClientSecretKey, "ZOOM_CLIENT_SECRET")
        .Ignores("zoom-client-secret", "no zoom_ context", $"\"checksum\": \"{ZoomClientSecretKey}\"")
        .Ignores("zoom-client-secret", "one character short", $"zoom_: {ZoomClientSecretKey[..^1]}");
}
