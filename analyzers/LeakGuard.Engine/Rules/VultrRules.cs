using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VultrRules
{
    private static readonly Remediation Remediation = new("https://my.vultr.com/settings/#settingsapi", "Vultr:ApiKey", "VULTR_API_KEY");

    private static readonly string[] VultrApiKeyContext = { "vultr" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "vultr-api-key",
            "Vultr",
            "Vultr API key (36 upper-case characters next to the word Vultr)",
            Patterns.Token("[A-Z0-9]{36}", Patterns.Base62),
            VultrApiKeyContext,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
