using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class StabilityRules
{
    private static readonly Remediation Remediation = new("https://platform.stability.ai/account/keys", "StabilityAI:ApiKey", "STABILITY_API_KEY");

    private static readonly string[] StabilityApiKeyContext = { "stability" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "stability-api-key",
            "Stability AI",
            "Stability AI API key (sk- and 48 characters next to the word Stability)",
            Patterns.Token("sk-[A-Za-z0-9]{48}"),
            StabilityApiKeyContext,
            Remediation,
            minEntropy: 4),
    };
}
