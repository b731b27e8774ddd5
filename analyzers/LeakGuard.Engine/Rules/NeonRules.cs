using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NeonRules
{
    private static readonly Remediation Remediation = new("https://console.neon.tech/app/settings/api-keys", "Neon:ApiKey", "NEON_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "neon-api-key",
            "Neon",
            "Neon API key",
            Patterns.Token("napi_[a-z0-9]{64}"),
            new[] { "napi_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
