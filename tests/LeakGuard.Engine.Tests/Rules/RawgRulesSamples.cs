using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RawgRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("rawg-api-key", Key, "RAWG_API_KEY")
        .FindsIn("rawg-api-key", "a request URL", $"https://api.rawg.io/api/games?key={Key}&page_size=20", Key)
        .Ignores("rawg-api-key", "no RAWG named", $"value: {Key}");
}
