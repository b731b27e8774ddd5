using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class UnkeyRules
{
    private static readonly Remediation Remediation = new("https://app.unkey.com/settings/root-keys", "Unkey:RootKey", "UNKEY_ROOT_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A root key manages every API key of the workspace (base 58 after the prefix).
        new SecretRule(
            "unkey-root-key",
            "Unkey",
            "Unkey root key (unkey_)",
            Patterns.Token("unkey_[1-9A-HJ-NP-Za-km-z]{16,24}", Patterns.Base62),
            new[] { "unkey_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
