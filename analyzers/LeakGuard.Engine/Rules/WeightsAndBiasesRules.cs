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

        // The format of 2025: wandb_v1_, 27 characters, '_' and 49 more.
        new SecretRule(
            "wandb-api-key-v1",
            "Weights & Biases",
            "Weights & Biases API key (wandb_v1_)",
            Patterns.Token("wandb_v1_[A-Za-z0-9]{27}_[A-Za-z0-9]{49}"),
            new[] { "wandb_v1_" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
