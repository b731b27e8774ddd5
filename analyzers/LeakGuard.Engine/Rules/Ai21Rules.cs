using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class Ai21Rules
{
    private static readonly Remediation Remediation = new("https://studio.ai21.com/account/api-key", "AiTwentyOne:ApiKey", "AI21_API_KEY");

    private static readonly string[] Ai21ApiKeyContext = { "ai21" };

    // "ai21" read as a word (ContextKeyword): the legacy SDK is configured as `import ai21` then `ai21.api_key = "…"`,
    // which no longer word ("ai21_", "ai21.com") matched.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "ai21-api-key",
            "AI21 Labs",
            "AI21 Labs API key (32 characters next to AI21)",
            Patterns.Token("[A-Za-z0-9]{32}"),
            Ai21ApiKeyContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
