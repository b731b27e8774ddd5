using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SettleMintRules
{
    private static readonly Remediation Remediation = new("https://console.settlemint.com/", "SettleMint:AccessToken", "SETTLEMINT_ACCESS_TOKEN");

    // Access tokens of the blockchain platform: "sm_pat_" (personal), "sm_aat_" (application) or "sm_sat_" (service),
    // then 16 letters and digits. They deploy and call the organisation's nodes and smart contracts.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "settlemint-access-token",
            "SettleMint",
            "SettleMint personal, application or service access token",
            Patterns.Token("sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}", Patterns.Base62 + "_"),
            new[] { "sm_pat_", "sm_aat_", "sm_sat_" },
            Remediation)
        {
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value.Substring(7)),
        },
    };
}
