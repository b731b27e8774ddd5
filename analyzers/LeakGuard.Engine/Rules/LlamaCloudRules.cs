using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LlamaCloudRules
{
    private static readonly Remediation Remediation = new("https://cloud.llamaindex.ai/api-key", "LlamaCloud:ApiKey", "LLAMA_CLOUD_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "llamacloud-api-key",
            "LlamaIndex",
            "LlamaCloud (LlamaParse) API key",
            Patterns.Token("llx-[A-Za-z0-9]{48}"),
            new[] { "llx-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
