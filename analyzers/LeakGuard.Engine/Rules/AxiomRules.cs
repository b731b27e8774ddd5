using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AxiomRules
{
    private static readonly Remediation Remediation = new("https://app.axiom.co/settings/api-tokens", "Axiom:Token", "AXIOM_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "axiom-token",
            "Axiom",
            "Axiom API or personal token",
            Patterns.Token("xa[ap]t-" + Patterns.Uuid),
            new[] { "xaat-", "xapt-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
