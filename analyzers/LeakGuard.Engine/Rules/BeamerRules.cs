using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BeamerRules
{
    private static readonly Remediation Remediation = new("https://app.getbeamer.com/settings", "Beamer:ApiKey", "BEAMER_API_KEY");

    private static readonly string[] Context = { "beamer" };

    // An API key of the changelog service: "b_" and 44 characters, so Beamer must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "beamer-api-token",
            "Beamer",
            "Beamer API key (b_ and 44 characters next to Beamer)",
            Patterns.Token("b_[A-Za-z0-9+/=_-]{44}", Patterns.Base64 + "_-"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
