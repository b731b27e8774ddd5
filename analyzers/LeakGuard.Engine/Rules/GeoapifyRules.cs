using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GeoapifyRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://myprojects.geoapify.com/", "Geoapify:ApiKey", "GEOAPIFY_API_KEY");

    // A Geoapify API key: 32 hex digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "geoapify-api-key",
            "Geoapify",
            "Geoapify API key (32 hex digits)",
            Patterns.QueryParameter("(?:api|maps)\\.geoapify\\.com/", "apikey", Key) + "|" + Patterns.AssignedTo("geoapify_?(?:api_?)?key", Key),
            new[] { "geoapify" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
