using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PineconeRules
{
    private static readonly Remediation Remediation = new("https://app.pinecone.io/organizations/-/keys", "Pinecone:ApiKey", "PINECONE_API_KEY");

    private static readonly string[] PineconeLegacyApiKeyContext = { "pinecone" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "pinecone-api-key",
            "Pinecone",
            "Pinecone API key",
            Patterns.Token("pcsk_[A-Za-z0-9]{5,8}_[A-Za-z0-9]{50,80}", Patterns.Base62),
            new[] { "pcsk_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        ContextGatedRule.Create(
            "pinecone-legacy-api-key",
            "Pinecone",
            "Pinecone legacy API key (a UUID next to the word Pinecone)",
            Patterns.Token(Patterns.Uuid),
            PineconeLegacyApiKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
