using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CockroachDbRules
{
    private static readonly Remediation Remediation = new("https://cockroachlabs.cloud/", "CockroachCloud:ApiKey", "COCKROACH_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "cockroachdb-cloud-api-key",
            "CockroachDB",
            "CockroachDB Cloud API key (CCDB1_)",
            Patterns.Token("CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40}", Patterns.Base62),
            new[] { "CCDB1_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
