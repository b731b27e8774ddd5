using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AivenRules
{
    private static readonly Remediation Remediation = new("https://console.aiven.io/", "Database:Password", "DATABASE_PASSWORD");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The password Aiven generates for a service's user, which DigitalOcean's managed databases use too.
        new SecretRule(
            "aiven-service-password",
            "Aiven",
            "Aiven (or DigitalOcean managed database) service password (AVNS_)",
            Patterns.Token("AVNS_[A-Za-z0-9_-]{19,24}"),
            new[] { "AVNS_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.HasUpperAndLower(value.Substring(5)),
        },
    };
}
