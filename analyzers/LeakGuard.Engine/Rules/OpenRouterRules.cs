using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OpenRouterRules
{
    private static readonly Remediation Remediation = new("https://openrouter.ai/settings/keys", "OpenRouter:ApiKey", "OPENROUTER_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "openrouter-api-key",
            "OpenRouter",
            "OpenRouter API key",
            Patterns.Token("sk-or-v1-[0-9a-f]{64}"),
            new[] { "sk-or-v1-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
