using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AssemblyAiRules
{
    private static readonly Remediation Remediation = new("https://www.assemblyai.com/app/api-keys", "AssemblyAI:ApiKey", "ASSEMBLYAI_API_KEY");

    private static readonly string[] AssemblyaiApiKeyContext = { "assemblyai", "assembly_ai" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "assemblyai-api-key",
            "AssemblyAI",
            "AssemblyAI API key (32 hex digits next to AssemblyAI)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            AssemblyaiApiKeyContext,
            Remediation,
            minEntropy: 3,
            isPlausible: value => !Plausibility.IsCompactGuid(value)),
    };
}
