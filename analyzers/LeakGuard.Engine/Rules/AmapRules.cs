using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AmapRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://console.amap.com/dev/key/app", "Amap:Key", "AMAP_KEY");

    // An AMap (Gaode) Web service key: 32 hex digits on a restapi.amap.com URL or under its name. The JavaScript API's
    // key (webapi.amap.com's script tag) is a browser's, public by design.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "amap-web-service-key",
            "AMap (Gaode)",
            "AMap (Gaode) Web service key (32 hex digits for amap.com)",
            Patterns.QueryParameter("restapi\\.amap\\.com/", "key", Key) + "|" + Patterns.AssignedTo("amap_?(?:web_?)?(?:api_?)?key", Key),
            new[] { "amap.com", "amap_", "amapkey", "amapweb" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 2.5,

            // The key of AMap's JavaScript API, which every page that shows a map sends to the browser (its security
            // code is the secret part).
            ClientSideMarkers = new[] { "webapi.amap.com/maps", "AMapLoader", "securityJsCode", "react-amap" },
        },
    };
}
