using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GNewsRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://gnews.io/dashboard", "GNews:ApiKey", "GNEWS_API_KEY");

    // A GNews API key: 32 hex digits on a gnews.io URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "gnews-api-key",
            "GNews",
            "GNews API key (32 hex digits)",
            Patterns.QueryParameter("gnews\\.io/api/", "(?:apikey|token)", Key) + "|" + Patterns.AssignedTo("gnews_?(?:api_?)?key", Key),
            new[] { "gnews" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
