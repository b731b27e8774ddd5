using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LeonardoAiRules
{
    private static readonly Remediation Remediation = new("https://app.leonardo.ai/api-access", "LeonardoAi:ApiKey", "LEONARDO_API_KEY");

    // A Leonardo.Ai API key: a UUID, which only its name tells apart. It spends the account's API credits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "leonardo-ai-api-key",
            "Leonardo.Ai",
            "Leonardo.Ai API key (a UUID under its name)",
            Patterns.AssignedTo("leonardo_?(?:ai_?)?api_?key", Patterns.Uuid),
            new[] { "leonardo" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
