using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class InfisicalRules
{
    private static readonly Remediation Remediation = new("https://app.infisical.com/", "Infisical:Token", "INFISICAL_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "infisical-service-token",
            "Infisical",
            "Infisical service token",
            Patterns.Token("st\\.(?:" + Patterns.Uuid + "|[a-f0-9]{24})\\.[a-f0-9]{32}\\.[a-f0-9]{32}", Patterns.UrlSafeOrDot),
            new[] { "st." },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
