using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ElasticRules
{
    private static readonly Remediation Remediation = new("https://cloud.elastic.co/account/keys", "Elastic:ApiKey", "ELASTIC_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "elastic-cloud-api-key",
            "Elastic",
            "Elastic Cloud API key (essu_)",
            Patterns.Token("essu_[A-Za-z0-9+/]{60,200}={0,2}", Patterns.Base64),
            new[] { "essu_" },
            Remediation)
        {
            MinEntropy = 4,

            // Base 64 of binary, whose zero bytes are runs of "A".
            RunsBelongToFormat = true,
        },
    };
}
