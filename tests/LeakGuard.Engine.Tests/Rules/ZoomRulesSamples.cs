using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ZoomRulesSamples
{
    private static readonly string ZoomClientSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("zoom-client-secret", ZoomClientSecretKey, "ZOOM_CLIENT_SECRET")
        .FindsIn("zoom-client-secret", "appsettings.json's Zoom section", $"\"Zoom\": {{\n  \"AccountId\": \"{FakeKey.Random(FakeKey.UrlSafe, 22, 2)}\",\n  \"ClientSecret\": \"{ZoomClientSecretKey}\"\n}}", ZoomClientSecretKey)
        .FindsIn("zoom-client-secret", "a settings class", $"public static class ZoomSettings\n{{\n    public const string ClientSecret = \"{ZoomClientSecretKey}\";\n}}", ZoomClientSecretKey)
        .Ignores("zoom-client-secret", "a map's zoom level beside its own key", $"map: {{ zoom: 12, key: \"{ZoomClientSecretKey}\" }}")
        .Ignores("zoom-client-secret", "no zoom_ context", $"\"checksum\": \"{ZoomClientSecretKey}\"")
        .Ignores("zoom-client-secret", "one character short", $"zoom_: {ZoomClientSecretKey[..^1]}");
}
