using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TmdbRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tmdb-api-key", TestKeys.Hex32(11), "TMDB_API_KEY")
        .FindsIn("tmdb-api-key", "a request URL", $"var url = $\"https://api.themoviedb.org/3/movie/{{id}}?api_key={TestKeys.Hex32(12)}\";", TestKeys.Hex32(12))
        .FindsIn("tmdb-api-key", "name passed as context", TestKeys.Hex32(13), TestKeys.Hex32(13), "MovieDbApiKey")
        .Ignores("tmdb-api-key", "a movie word is not the provider's name", $"movieHash: {TestKeys.Hex32(11)}")
        .Ignores("tmdb-api-key", "31 hex digits", $"tmdb: {TestKeys.Hex32(11)[1..]}")
        .FindsByName("tmdb-api-key", "a variable the URL takes", $"const String apiKey = '{TestKeys.Hex32(14)}';", "final url = 'https://api.themoviedb.org/3/movie/popular?api_key=$apiKey&language=en-US';", TestKeys.Hex32(14));
}
