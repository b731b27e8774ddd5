using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GeoapifyRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("geoapify-api-key", Key, "GEOAPIFY_API_KEY")
        .FindsIn("geoapify-api-key", "a request URL", $"https://api.geoapify.com/v1/geocode/search?text=Berlin&apiKey={Key}", Key)
        .Ignores("geoapify-api-key", "no Geoapify named", $"value: {Key}")
        .FindsIn("geoapify-api-key", "a map tiles URL", $"L.tileLayer(`https://maps.geoapify.com/v1/tile/osm-bright/{{z}}/{{x}}/{{y}}.png?apiKey={Key}`).addTo(map);", Key);
}
