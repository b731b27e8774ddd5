using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ApiSportsRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://dashboard.api-football.com/profile?access", "ApiSports:Key", "APISPORTS_KEY");

    // An API-Sports (API-Football) key: 32 hex digits in its x-apisports-key header or under that name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "apisports-api-key",
            "API-Sports",
            "API-Sports (API-Football) key (32 hex digits in x-apisports-key)",
            Patterns.AssignedTo("(?:x[_-]?)?apisports[_-]?key", Key) + "|" + Patterns.AssignedReference("(?:x[_-]?)?apisports[_-]?key"),
            new[] { "apisports" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
