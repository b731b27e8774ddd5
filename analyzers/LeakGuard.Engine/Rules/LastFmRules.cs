using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LastFmRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://www.last.fm/api/accounts", "LastFm:ApiKey", "LASTFM_API_KEY");

    // A Last.fm API key: 32 hex digits on its API's URL, under its name or given to pylast's LastFMNetwork.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "lastfm-api-key",
            "Last.fm",
            "Last.fm API key (32 hex digits)",
            Patterns.QueryParameter("ws\\.audioscrobbler\\.com/", "api_key", Key) + "|" + Patterns.AssignedTo("last_?fm_?api_?key", Key)
                + "|" + Patterns.CallArgument("LastFMNetwork", "api_key", Key),
            new[] { "audioscrobbler", "lastfm", "last_fm", "LastFMNetwork" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
