using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HereRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.UrlSafe, 43, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("here-api-key", Key, "HERE_API_KEY")
        .FindsIn("here-api-key", "the JavaScript platform", $"var platform = new H.service.Platform({{\n  'apikey': '{Key}'\n}});", Key)
        .FindsIn("here-api-key", "a geocoding URL", $"https://geocode.search.hereapi.com/v1/geocode?q=Invalidenstr+117+Berlin&apiKey={Key}", Key)
        .Ignores("here-api-key", "no HERE named", $"value: {Key}");
}
