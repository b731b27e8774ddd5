using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ScraperApiRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("scraperapi-api-key", Key, "SCRAPER_API_KEY")
        .FindsIn("scraperapi-api-key", "a request URL", $"requests.get(f\"http://api.scraperapi.com?api_key={Key}&url={{url}}\")", Key)
        .Ignores("scraperapi-api-key", "no ScraperAPI named", $"value: {Key}")
        .FindsIn("scraperapi-api-key", "the Python client", $"client = ScraperAPIClient('{Key}')", Key);
}
