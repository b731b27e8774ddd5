using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DataStaxRules
{
    private static readonly Remediation Remediation = new("https://astra.datastax.com/", "AstraDb:ApplicationToken", "ASTRA_DB_APPLICATION_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // An Astra DB application token: "AstraCS:", the client id (24 letters) and the secret (64 hex digits).
        new SecretRule(
            "datastax-astra-token",
            "DataStax",
            "DataStax Astra DB application token (AstraCS:)",
            Patterns.Token("AstraCS:[A-Za-z]{24}:[a-f0-9]{64}"),
            new[] { "AstraCS:" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
