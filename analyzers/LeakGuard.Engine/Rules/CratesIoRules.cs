using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CratesIoRules
{
    private static readonly Remediation Remediation = new("https://crates.io/settings/tokens", "Cargo:RegistryToken", "CARGO_REGISTRY_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "crates-io-token",
            "crates.io",
            "crates.io API token",
            Patterns.Token("cio[A-Za-z0-9]{32}", Patterns.Base62),
            new[] { "cio" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
