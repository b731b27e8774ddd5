using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ZoomRulesSamples
{
    private static readonly string ZoomClientSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 32, 1));

    private static readonly string JwtAppSecret = FakeKey.Random(FakeKey.Base62, 36, 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("zoom-client-secret", ZoomClientSecretKey, "ZOOM_CLIENT_SECRET")
        .FindsIn("zoom-client-secret", "appsettings.json's Zoom section", $"\"Zoom\": {{\n  \"AccountId\": \"{FakeKey.Random(FakeKey.UrlSafe, 22, 2)}\",\n  \"ClientSecret\": \"{ZoomClientSecretKey}\"\n}}", ZoomClientSecretKey)
        .FindsIn("zoom-client-secret", "a settings class", $"public static class ZoomSettings\n{{\n    public const string ClientSecret = \"{ZoomClientSecretKey}\";\n}}", ZoomClientSecretKey)
        .Ignores("zoom-client-secret", "a map's zoom level beside its own key", $"map: {{ zoom: 12, key: \"{ZoomClientSecretKey}\" }}")
        .Ignores("zoom-client-secret", "no zoom_ context", $"\"checksum\": \"{ZoomClientSecretKey}\"")
        .Ignores("zoom-client-secret", "one character short", $"zoom_: {ZoomClientSecretKey[..^1]}")
        .FindsIn("zoom-client-secret", "a JWT app's API secret of 36 characters", $"client = ZoomClient('{FakeKey.Random(FakeKey.Base62, 22, 4)}', '{JwtAppSecret}')", JwtAppSecret)
        .Ignores("zoom-client-secret", "34 characters", $"zoom_jwt: {JwtAppSecret[..^2]}");
}
