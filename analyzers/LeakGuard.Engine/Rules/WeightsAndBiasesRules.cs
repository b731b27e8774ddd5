using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WeightsAndBiasesRules
{
    private static readonly Remediation Remediation = new("https://wandb.ai/authorize", "Wandb:ApiKey", "WANDB_API_KEY");

    private static readonly string[] WandbApiKeyContext = { "wandb" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "wandb-api-key",
            "Weights & Biases",
            "Weights & Biases API key (40 hex digits next to wandb)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            WandbApiKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
