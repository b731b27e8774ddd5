using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OmdbRules
{
    private const string Key = "[0-9a-f]{8}";

    private static readonly Remediation Remediation = new("https://www.omdbapi.com/apikey.aspx", "Omdb:ApiKey", "OMDB_API_KEY");

    // An OMDb API key: 8 hex digits, far too short to stand alone, so only on an omdbapi.com URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "omdb-api-key",
            "OMDb",
            "OMDb API key (8 hex digits for omdbapi.com)",
            Patterns.QueryParameter("omdbapi\\.com", "apikey", Key) + "|" + Patterns.AssignedTo("omdb_?api_?key", Key),
            new[] { "omdbapi", "omdb_api" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 1.5,
        },
    };
}
