using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AikidoRules
{
    private static readonly Remediation Remediation = new("https://app.aikido.dev/settings/integrations/continuous-integration", "Aikido:CiToken", "AIKIDO_API_KEY");

    // A CI token of the security platform: "AIK_CI_" (with a US_ or ME_ region) and 64 letters and digits. It starts scans
    // and reads the findings of the workspace's repositories.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "aikido-ci-token",
            "Aikido",
            "Aikido CI API token (AIK_CI_)",
            Patterns.Token("AIK_CI_(?:US_|ME_)?[A-Za-z0-9]{64}"),
            new[] { "AIK_CI_" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
