using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AmapRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("amap-web-service-key", Key, "AMAP_KEY")
        .FindsIn("amap-web-service-key", "a geocoding URL", $"url = f\"https://restapi.amap.com/v3/geocode/geo?address={{address}}&output=JSON&key={Key}\"", Key)
        .Ignores("amap-web-service-key", "31 digits", $"https://restapi.amap.com/v3/geocode/geo?key={Key[..31]}")
        .Ignores("amap-web-service-key", "the JavaScript API's browser key", $"<script src=\"https://webapi.amap.com/maps?v=2.0&key={Key}\"></script>")
        .Ignores("amap-web-service-key", "the JavaScript API's key, which the page sends to the browser", $"AMapLoader.load({{\n  key: \"{Key}\",\n  version: \"2.0\",\n}});\nconst AMAP_KEY = \"{Key}\";");
}
