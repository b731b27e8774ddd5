using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class QdrantRules
{
    private static readonly Remediation Remediation = new("https://cloud.qdrant.io/", "Qdrant:ApiKey", "QDRANT_API_KEY");

    // A Qdrant Cloud database API key: a JWT whose claims start {"access": (read or manage, and which collections). It
    // reads and writes the cluster's collections.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "qdrant-api-key",
            "Qdrant",
            "Qdrant Cloud API key (a JWT of access claims)",
            Patterns.Token("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJhY2Nlc3MiOi[A-Za-z0-9_-]{2,400}\\.[A-Za-z0-9_-]{43}", Patterns.UrlSafeOrDot),
            new[] { "eyJhY2Nlc3MiOi" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = JwtRules.IsLive,
        },
    };
}
