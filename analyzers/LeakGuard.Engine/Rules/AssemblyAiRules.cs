using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AssemblyAiRules
{
    private static readonly Remediation Remediation = new("https://www.assemblyai.com/app/api-keys", "AssemblyAI:ApiKey", "ASSEMBLYAI_API_KEY");

    private static readonly string[] AssemblyaiApiKeyContext = { "assemblyai", "assembly_ai", "aai.settings" };

    // Real keys are version-4 UUIDs without dashes, so that is what a match must be; "aai.settings" is the Python SDK's
    // usual alias (`import assemblyai as aai`), often imported further up than the context window reaches.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "assemblyai-api-key",
            "AssemblyAI",
            "AssemblyAI API key (a UUID's 32 hex digits next to AssemblyAI)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            AssemblyaiApiKeyContext,
            Remediation,
            minEntropy: 3,
            isPlausible: Plausibility.IsCompactGuid),
    };
}
