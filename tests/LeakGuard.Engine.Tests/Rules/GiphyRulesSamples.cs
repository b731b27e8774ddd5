using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GiphyRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("giphy-api-key", Key, "GIPHY_API_KEY")
        .FindsIn("giphy-api-key", "a search URL", $"fetch(`https://api.giphy.com/v1/gifs/search?api_key={Key}&q=${{term}}&limit=25`)", Key)
        .Ignores("giphy-api-key", "no GIPHY named", $"value: {Key}");
}
