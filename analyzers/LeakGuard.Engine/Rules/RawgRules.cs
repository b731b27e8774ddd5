using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RawgRules
{
    private static readonly Remediation Remediation = new("https://rawg.io/login?forward=developer", "Rawg:ApiKey", "RAWG_API_KEY");

    // A RAWG video games database API key: 32 hex digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rawg-api-key",
            "RAWG",
            "RAWG API key (32 hex digits)",
            Patterns.QueryParameter("api\\.rawg\\.io/", "key", "[0-9a-f]{32}") + "|" + Patterns.AssignedTo("rawg_?api_?key", "[0-9a-f]{32}"),
            new[] { "api.rawg.io", "rawg_api", "rawgapi" },
            Remediation)
        {
            ReferencedValue = "[0-9a-f]{32}",
            MinEntropy = 3,
        },
    };
}
