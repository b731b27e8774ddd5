using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PlaidRules
{
    private static readonly Remediation Remediation = new("https://dashboard.plaid.com/developers/keys", "Plaid:Secret", "PLAID_SECRET");

    private static readonly string[] PlaidSecretContext = { "plaid" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "plaid-access-token",
            "Plaid",
            "Plaid access token",
            Patterns.Token("access-(?:sandbox|development|production)-" + Patterns.Uuid),
            new[] { "access-sandbox-", "access-development-", "access-production-" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "plaid-secret",
            "Plaid",
            "Plaid secret (30 hex digits next to the word Plaid)",
            Patterns.Token("[a-f0-9]{30}", Patterns.Base62),
            PlaidSecretContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = PlaidSecretContext,
            MinEntropy = 3,

            // Plaid's deprecated public_key, meant for its browser Link, has the secret's 30 hex digits.
            PublicNames = new[] { "public" },
        },
    };
}
