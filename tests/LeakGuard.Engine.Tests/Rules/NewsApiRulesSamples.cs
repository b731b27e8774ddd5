using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NewsApiRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("newsapi-api-key", Key, "NEWS_API_KEY")
        .FindsIn("newsapi-api-key", "a fetch URL", $"const url = `https://newsapi.org/v2/top-headlines?country=us&category=business&apiKey={Key}`;", Key)
        .FindsIn("newsapi-api-key", "the Python client", $"newsapi = NewsApiClient(api_key='{Key}')", Key)
        .Ignores("newsapi-api-key", "no NewsAPI named", $"value: {Key}")
        .FindsIn("newsapi-api-key", "a call inside an earlier parameter", $"fetch(`https://newsapi.org/v2/everything?q=${{encodeURIComponent(query)}}&sortBy=publishedAt&apiKey={Key}`)", Key)
        .FindsByName("newsapi-api-key", "a variable the URL takes", $"API_KEY = '{Key}'", "url = f\"https://newsapi.org/v2/top-headlines?country=us&apiKey={API_KEY}\"", Key);
}
