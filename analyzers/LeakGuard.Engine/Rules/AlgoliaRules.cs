using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AlgoliaRules
{
    private static readonly Remediation Remediation = new("https://dashboard.algolia.com/account/api-keys", "Algolia:AdminApiKey", "ALGOLIA_ADMIN_API_KEY");

    private static readonly string[] AlgoliaAdminApiKeyContext = { "algolia" };

    // The search-only key, of the same form, is public: InstantSearch puts it in every page. The admin key (and the
    // write keys of older apps) is the one that changes indices, and code names it as such.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "algolia-admin-api-key",
            "Algolia",
            "Algolia admin API key (32 hex digits under an admin or write key's name, next to Algolia)",
            Patterns.AssignedTo("(?:admin|write|secret)", "[a-f0-9]{32}", Patterns.Base62),
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
