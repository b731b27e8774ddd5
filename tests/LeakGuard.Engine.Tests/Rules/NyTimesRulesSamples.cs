using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NyTimesRulesSamples
{
    private static readonly string NytimesAccessToken = FakeKey.Random(FakeKey.Base62, 32, 1);

    private static readonly string HexKey = FakeKey.Random(FakeKey.Hex, 32, 2);

    private static readonly string DatedKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 3), ":12:", FakeKey.Random("0123456789", 8, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("nytimes-access-token", NytimesAccessToken, "NYTIMES_API_KEY")
        .FindsIn("nytimes-access-token", "a short name", $"const NYT_KEY = '{NytimesAccessToken}';", NytimesAccessToken)
        .Ignores("nytimes-access-token", "no nytimes context", $"\"checksum\": \"{NytimesAccessToken}\"")
        .Ignores("nytimes-access-token", "one character short", $"nytimes: {NytimesAccessToken[..^1]}")
        .FindsIn("nytimes-access-token", "an older key of lower-case hex", $"fetch(`https://api.nytimes.com/svc/search/v2/articlesearch.json?q=${{q}}&api-key={HexKey}`)", HexKey)
        .FindsIn("nytimes-access-token", "a pre-2015 key with the API's number and date", $"$url = 'http://api.nytimes.com/svc/search/v1/article?query=' . $q . '&api-key={DatedKey}';", DatedKey);
}
