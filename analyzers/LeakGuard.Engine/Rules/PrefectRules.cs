using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PrefectRules
{
    private static readonly Remediation Remediation = new("https://app.prefect.cloud/my/api-keys", "Prefect:ApiKey", "PREFECT_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "prefect-api-key",
            "Prefect",
            "Prefect Cloud API key",
            Patterns.Token("pnu_[A-Za-z0-9]{36}", Patterns.Base62),
            new[] { "pnu_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
