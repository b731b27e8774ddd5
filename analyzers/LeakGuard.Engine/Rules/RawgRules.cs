using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RawgRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://rawg.io/login?forward=developer", "Rawg:ApiKey", "RAWG_API_KEY");

    // A RAWG video games database API key: 32 hex digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rawg-api-key",
            "RAWG",
            "RAWG API key (32 hex digits)",
            Patterns.QueryParameter("api\\.rawg\\.io/", "key", Key) + "|" + Patterns.AssignedTo("rawg_?api_?key", Key),
            new[] { "api.rawg.io", "rawg_api", "rawgapi" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
