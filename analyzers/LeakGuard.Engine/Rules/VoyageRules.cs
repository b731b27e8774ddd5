using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VoyageRules
{
    private static readonly Remediation Remediation = new("https://dashboard.voyageai.com/organization/api-keys", "Voyage:ApiKey", "VOYAGE_API_KEY");

    private static readonly string[] VoyageApiKeyContext = { "voyage" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "voyage-api-key",
            "Voyage AI",
            "Voyage AI API key (pa- next to the word Voyage)",
            Patterns.Token("pa-[A-Za-z0-9_-]{43}"),
            VoyageApiKeyContext,
            Remediation,
            minEntropy: 4),
    };
}
