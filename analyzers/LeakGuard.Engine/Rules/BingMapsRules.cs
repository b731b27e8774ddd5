using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BingMapsRules
{
    private static readonly Remediation Remediation = new("https://www.bingmapsportal.com/Application", "BingMaps:Key", "BING_MAPS_KEY");

    // "bingmaps" also finds BingMapsKey and OpenLayers' BingMaps source; virtualearth is the REST API's host
    // (dev.virtualearth.net), setCredentialsKey the native SDKs' call, bing.com/api/maps the web control's script and
    // Microsoft.Maps its namespace. "bing" alone is a word of prose and of Bing's other APIs.
    private static readonly string[] Context = { "bing maps", "bingmaps", "bing_maps", "virtualearth", "credentialsKey", "bing.com/api/maps", "Microsoft.Maps" };

    // A Bing Maps key: 'A' and 63 URL-safe characters, given to a map control's credentials or the REST API's key
    // parameter, under names that seldom say Bing.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "bing-maps-key",
            "Bing Maps",
            "Bing Maps key (A and 63 URL-safe characters next to Bing Maps, its web control, virtualearth.net or credentialsKey)",
            Patterns.Token("A[A-Za-z0-9_-]{63}"),
            Context,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
