using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VastAiRules
{
    private static readonly Remediation Remediation = new("https://cloud.vast.ai/manage-keys/", "VastAi:ApiKey", "VAST_API_KEY");

    private static readonly string[] Context = { "vast_api_key", "vastai", "vast.ai", "vast_ai", "vast-ai" };

    // An API key of the GPU marketplace: 64 hex digits, so Vast's names must be nearby. It rents machines billed to the
    // account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "vastai-api-key",
            "Vast.ai",
            "Vast.ai API key (64 hex digits next to Vast.ai)",
            Patterns.Token("[a-f0-9]{64}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
