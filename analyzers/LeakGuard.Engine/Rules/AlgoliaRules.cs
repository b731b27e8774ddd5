using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AlgoliaRules
{
    private static readonly Remediation Remediation = new("https://dashboard.algolia.com/account/api-keys", "Algolia:AdminApiKey", "ALGOLIA_ADMIN_API_KEY");

    private static readonly string[] AlgoliaAdminApiKeyContext = { "algolia" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "algolia-admin-api-key",
            "Algolia",
            "Algolia admin API key (32 hex digits next to the word Algolia)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            AlgoliaAdminApiKeyContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = AlgoliaAdminApiKeyContext,
            MinEntropy = 3,
            IsPlausible = value => !Plausibility.IsCompactGuid(value),
        },
    };
}
