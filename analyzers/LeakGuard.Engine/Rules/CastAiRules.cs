using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CastAiRules
{
    private static readonly Remediation Remediation = new("https://console.cast.ai/user/api-access", "CastAi:ApiKey", "CASTAI_API_TOKEN");

    // An API key of CAST AI: "castai_v1_", 64 characters, '_' and 8 more. It manages the Kubernetes clusters the
    // organisation connected: nodes, autoscaling, workloads.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "castai-api-key",
            "CAST AI",
            "CAST AI API key",
            Patterns.Token("castai_v1_[A-Za-z0-9]{64}_[A-Za-z0-9]{8}", Patterns.Base62 + "_"),
            new[] { "castai_v1_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
