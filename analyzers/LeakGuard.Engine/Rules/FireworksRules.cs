using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FireworksRules
{
    private static readonly Remediation Remediation = new("https://fireworks.ai/account/api-keys", "Fireworks:ApiKey", "FIREWORKS_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "fireworks-api-key",
            "Fireworks AI",
            "Fireworks AI API key",
            Patterns.Token("fw_[A-Za-z0-9]{24,48}"),
            new[] { "fw_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
