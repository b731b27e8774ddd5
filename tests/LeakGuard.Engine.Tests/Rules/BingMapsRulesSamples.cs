using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BingMapsRulesSamples
{
    private static readonly string Key = FakeKey.Of("A", FakeKey.Random(FakeKey.UrlSafe, 63, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("bing-maps-key", Key, "BING_MAPS_KEY")
        .FindsIn("bing-maps-key", "Python's requests to the REST API", $"url = 'http://dev.virtualearth.net/REST/v1/Locations'\nparams = {{'query': location, 'key': '{Key}', 'incl': 'ciso2'}}\n", Key)
        .FindsIn("bing-maps-key", "a geocoding URL in JavaScript", $"axios.get(`https://dev.virtualearth.net/REST/v1/Locations/${{lat}},${{lon}}?o=json&key={Key}`)\n", Key)
        .FindsIn("bing-maps-key", "the WPF control's credentials provider", $"<m:Map CredentialsProvider=\"{Key}\" Mode=\"Road\" /> <!-- Bing Maps -->\n", Key)
        .FindsIn("bing-maps-key", "the web control's script URL", $"<script src=\"https://www.bing.com/api/maps/mapcontrol?callback=GetMap&key={Key}\" async defer></script>\n", Key)
        .FindsIn("bing-maps-key", "the web control's credentials", $"var map = new Microsoft.Maps.Map('#myMap', {{\n  credentials: '{Key}',\n  center: new Microsoft.Maps.Location(47.6, -122.3)\n}});\n", Key)
        .FindsIn("bing-maps-key", "the native SDK's setCredentialsKey", $"MapServices.setCredentialsKey(\"{Key}\");\n", Key)
        .FindsIn("bing-maps-key", "OpenLayers' BingMaps source", $"new ol.source.BingMaps({{\n  key: '{Key}',\n  imagerySet: 'Aerial'\n}});\n", Key)
        .Ignores("bing-maps-key", "no Bing Maps named", $"\"sku\": \"{Key}\"")
        .Ignores("bing-maps-key", "Bing's web search, not its maps", $"# Bing web search\nsearch_session = \"{Key}\"\n")
        .Ignores("bing-maps-key", "not starting with A", $"bing_maps: B{Key[1..]}")
        .Ignores("bing-maps-key", "one character short", $"bing_maps: {Key[..^1]}");
}
