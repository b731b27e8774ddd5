using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GNewsRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("gnews-api-key", Key, "GNEWS_API_KEY")
        .FindsIn("gnews-api-key", "a search URL", $"https://gnews.io/api/v4/search?q=example&lang=en&max=10&apikey={Key}", Key)
        .Ignores("gnews-api-key", "no GNews named", $"value: {Key}")
        .Ignores("gnews-api-key", "a name that holds the provider's inside a word", $"const trendingNewsKey = '{Key}';")
        .Finds("gnews-api-key", Key, "myGnewsKey");
}
