using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AlgoliaRules
{
    private static readonly Remediation Remediation = new("https://dashboard.algolia.com/account/api-keys", "Algolia:AdminApiKey", "ALGOLIA_ADMIN_API_KEY");

    private static readonly string[] AlgoliaAdminApiKeyContext = { "algolia" };

    // The search-only key, of the same form, is public: InstantSearch puts it in every page, under names like
    // ALGOLIA_SEARCH_KEY or searchApiKey, or under none (algoliasearch("APP", "…")). The admin key (and the write keys of
    // older apps) changes indices. So the key must be assigned to a name that says admin, write, secret or Algolia,
    // and not search or public.
    private static readonly string[] PublicNames = { "search", "public" };

    // The calls of the JavaScript, Python, PHP and .NET clients that change an index.
    private static readonly string[] IndexWrites =
    {
        "saveobject", "save_object", "saveobjects", "save_objects", "addobject", "addobjects", "partialupdateobject", "partial_update_object",
        "deleteobject", "delete_object", "clearobjects", "clear_objects", "setsettings", "set_settings", "replaceallobjects", "replace_all_objects",
    };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "algolia-admin-api-key",
            "Algolia",
            "Algolia admin API key (32 hex digits under an Algolia, admin or write key's name, not a search key's)",
            Patterns.AssignedTo("(?:algolia|admin|write|secret)", "[a-f0-9]{32}", Patterns.Base62),
            AlgoliaAdminApiKeyContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = AlgoliaAdminApiKeyContext,
            PublicNames = PublicNames,
            MinEntropy = 3,
            IsPlausible = value => !Plausibility.IsCompactGuid(value),
        },

        // The key a client is made with, algoliasearch("APPID", "…") or SearchClient.create(…), where the code beside it
        // writes to an index: a search-only key could not.
        ContextGatedRule.Create(
            "algolia-write-api-key",
            "Algolia",
            "Algolia admin or write API key (32 hex digits a client is made with, next to calls that write to an index)",
            Patterns.AfterArgument("[A-Z0-9]{10}", "[a-f0-9]{32}"),
            IndexWrites,
            Remediation,
            minEntropy: 3),
    };
}
