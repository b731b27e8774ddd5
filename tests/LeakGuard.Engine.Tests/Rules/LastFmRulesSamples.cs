using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LastFmRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("lastfm-api-key", Key, "LASTFM_API_KEY")
        .FindsIn("lastfm-api-key", "a request URL", $"https://ws.audioscrobbler.com/2.0/?method=artist.getinfo&artist=Cher&api_key={Key}&format=json", Key)
        .FindsIn("lastfm-api-key", "pylast's network", $"network = pylast.LastFMNetwork(api_key=\"{Key}\", api_secret=SECRET)", Key)
        .FindsByName("lastfm-api-key", "a variable pylast's network takes", $"API_KEY = \"{Key}\"", "network = pylast.LastFMNetwork(\n    api_key=API_KEY,\n    api_secret=API_SECRET,\n)", Key)
        .Ignores("lastfm-api-key", "no Last.fm named", $"value: {Key}")
        .Ignores("lastfm-api-key", "the key of Last.fm's API documentation", $"https://ws.audioscrobbler.com/2.0/?method=artist.getinfo&artist=Cher&api_key={FakeKey.Of("b25b959554ed", "76058ac220b7", "b2e0a026")}&format=json");
}
