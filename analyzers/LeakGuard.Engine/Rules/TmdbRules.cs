using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TmdbRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://www.themoviedb.org/settings/api", "Tmdb:ApiKey", "TMDB_API_KEY");

    private static readonly string[] Context = { "tmdb", "themoviedb", "MovieDb" };

    // The Movie Database's v3 key, in every movie app tutorial: 32 hex digits, so the provider's name must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "tmdb-api-key",
            "TMDB",
            "The Movie Database API key (32 hex digits next to the word TMDB or MovieDb)",
            Patterns.Token(Key, Patterns.Base62) + "|" + Patterns.ParameterReference("api_key"),
            Context,
            Remediation,
            minEntropy: 3,
            referencedValue: Key),
    };
}
