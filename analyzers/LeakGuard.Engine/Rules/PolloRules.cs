using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PolloRules
{
    private static readonly Remediation Remediation = new("https://pollo.ai/api-platform/keys", "Pollo:ApiKey", "POLLO_API_KEY");

    // A Pollo AI API key: "pollo_" and 44 letters and digits. It spends the account's video credits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "pollo-api-key",
            "Pollo AI",
            "Pollo AI API key (pollo_)",
            Patterns.Token("pollo_[A-Za-z0-9]{44}"),
            new[] { "pollo_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 3),
        },
    };
}
