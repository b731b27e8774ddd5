using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RiotGamesRules
{
    private static readonly Remediation Remediation = new("https://developer.riotgames.com/", "RiotGames:ApiKey", "RIOT_API_KEY");

    // A Riot Games developer or production API key: "RGAPI-" and a UUID.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "riot-games-api-key",
            "Riot Games",
            "Riot Games API key (RGAPI- and a UUID)",
            Patterns.Token("RGAPI-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"),
            new[] { "RGAPI-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
