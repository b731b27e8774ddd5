using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class InfracostRules
{
    private static readonly Remediation Remediation = new("https://dashboard.infracost.io/", "Infracost:ApiKey", "INFRACOST_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "infracost-api-key",
            "Infracost",
            "Infracost API key",
            Patterns.Token("ico-[A-Za-z0-9]{32}"),
            new[] { "ico-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
