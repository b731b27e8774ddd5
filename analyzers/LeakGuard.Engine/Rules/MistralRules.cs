using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MistralRules
{
    private static readonly Remediation Remediation = new("https://console.mistral.ai/api-keys", "Mistral:ApiKey", "MISTRAL_API_KEY");

    private static readonly string[] Context = { "mistral" };

    // Mistral keys have no prefix: 32 letters and digits, told apart only by the provider's name nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "mistral-api-key",
            "Mistral AI",
            "Mistral AI API key (32 characters next to the word Mistral)",
            Patterns.Token("[A-Za-z0-9]{32}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
