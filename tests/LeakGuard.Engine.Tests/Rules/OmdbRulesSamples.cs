using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OmdbRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 8, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("omdb-api-key", Key, "OMDB_API_KEY")
        .FindsIn("omdb-api-key", "a search URL", $"const API_URL = 'http://www.omdbapi.com/?s=batman&apikey={Key}';", Key)
        .Ignores("omdb-api-key", "seven digits", $"http://www.omdbapi.com/?i=tt3896198&apikey={Key[..7]}");
}
