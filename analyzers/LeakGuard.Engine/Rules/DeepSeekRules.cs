using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DeepSeekRules
{
    private static readonly Remediation Remediation = new("https://platform.deepseek.com/api_keys", "DeepSeek:ApiKey", "DEEPSEEK_API_KEY");

    private static readonly string[] Context = { "deepseek" };

    // "sk-" and 32 hex digits is too common a shape to stand alone; the provider's name must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "deepseek-api-key",
            "DeepSeek",
            "DeepSeek API key (sk- and 32 hex digits next to the word DeepSeek)",
            Patterns.Token("sk-[0-9a-f]{32}"),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
