using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DopplerRules
{
    private static readonly Remediation Remediation = new("https://dashboard.doppler.com/workplace/tokens", "Doppler:Token", "DOPPLER_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "doppler-personal-token",
            "Doppler",
            "Doppler personal, CLI, service account, SCIM or audit token",
            Patterns.Token("dp\\.(?:pt|ct|sa|scim|audit)\\.[A-Za-z0-9]{40,44}", Patterns.UrlSafeOrDot),
            new[] { "dp.pt.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit." },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "doppler-service-token",
            "Doppler",
            "Doppler service token",
            Patterns.Token("dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}", Patterns.UrlSafeOrDot),
            new[] { "dp.st." },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
