using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TomTomRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tomtom-api-key", Key, "TOMTOM_API_KEY")
        .FindsIn("tomtom-api-key", "a routing URL", $"https://api.tomtom.com/routing/1/calculateRoute/52.50931,13.42936:52.50274,13.43872/json?key={Key}", Key)
        .FindsIn("tomtom-api-key", "a path with spaces in it", $"$response = $client->get('https://api.tomtom.com/search/2/geocode/Via roma 104.json?key={Key}');", Key)
        .Ignores("tomtom-api-key", "31 characters", $"https://api.tomtom.com/search/2/search/pizza.json?key={Key[..31]}");
}
