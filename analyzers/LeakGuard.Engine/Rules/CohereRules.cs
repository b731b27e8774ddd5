using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CohereRules
{
    private static readonly Remediation Remediation = new("https://dashboard.cohere.com/api-keys", "Cohere:ApiKey", "CO_API_KEY");

    private static readonly string[] Context = { "cohere", "co_api_key" };

    // Cohere keys have no prefix: 40 letters and digits, told apart only by the provider's name nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "cohere-api-key",
            "Cohere",
            "Cohere API key (40 characters next to the word Cohere)",
            Patterns.Token("[A-Za-z0-9]{40}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesCasesAndDigits(value) && !Plausibility.IsMostlyWords(value)),
    };
}
