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

        // Passwords Neon generates for a database role (since 2025): "npg_" and 12 letters and digits, found in a
        // connection URI by postgres-uri-password, but also on their own (PGPASSWORD, a pg Pool's password).
        new SecretRule(
            "neon-database-password",
            "Neon",
            "Neon Postgres role password (npg_)",
            Patterns.Token("npg_[A-Za-z0-9]{12}"),
            new[] { "npg_" },
            new Remediation("https://console.neon.tech/app/projects", "ConnectionStrings:Neon", "PGPASSWORD"))
        {
            MinEntropy = 3,
            IsPlausible = value => Plausibility.HasUpperAndLower(value.Substring(4)),
        },
    };
}
