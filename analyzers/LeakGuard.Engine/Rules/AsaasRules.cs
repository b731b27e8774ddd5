using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AsaasRules
{
    private static readonly Remediation Remediation = new("https://www.asaas.com/customerApiAccessToken/index", "Asaas:ApiKey", "ASAAS_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Asaas (Brazilian payments) API keys: "$aact_", the environment since 2024 (prod_, hmlg_ for sandbox) and base 64.
        new SecretRule(
            "asaas-api-key",
            "Asaas",
            "Asaas API key ($aact_)",
            "(?:^|[^A-Za-z0-9_])(?<secret>\\$aact_(?:(?:prod|hmlg)_)?[A-Za-z0-9+/=_-]{40,250})(?:$|[^A-Za-z0-9+/=_-])",
            new[] { "$aact_" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
