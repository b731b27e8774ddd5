using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TogetherRules
{
    private static readonly Remediation Remediation = new("https://api.together.ai/settings/api-keys", "Together:ApiKey", "TOGETHER_API_KEY");

    // The provider's name as code and settings write it, not the English word ("put it all together").
    // "Together" alone is an English word: the SDK's client (Together(…), new Together({…})) and import name it.
    private static readonly string[] Context = { "together.ai", "together.xyz", "togetherai", "together_ai", "together-ai", "together ai", "together_api", "togetherapi", "Together(", "import together", "from together " };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "together-api-key",
            "Together AI",
            "Together AI API key",
            Patterns.Token("tgp_v1_[A-Za-z0-9_-]{43}"),
            new[] { "tgp_v1_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },

        // Keys issued before the tgp_v1_ prefix are 64 hex digits with nothing but the provider's name to go by.
        ContextGatedRule.Create(
            "together-legacy-api-key",
            "Together AI",
            "Together AI API key (legacy: 64 hex digits next to the word Together)",
            Patterns.Token("[0-9a-f]{64}"),
            Context,
            Remediation,
            minEntropy: 3.5),
    };
}
