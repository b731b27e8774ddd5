using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ConfluentRules
{
    private static readonly Remediation Remediation = new("https://confluent.cloud/settings/api-keys", "Confluent:ApiSecret", "CONFLUENT_API_SECRET");

    private static readonly string[] ConfluentApiSecretContext = { "confluent", "sasl.jaas.config" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Since 30 July 2025 Confluent's API secrets start with "cflt", so that scanners know them anywhere.
        new SecretRule(
            "confluent-identifiable-api-secret",
            "Confluent",
            "Confluent Cloud API secret (cflt and 60 base-64 characters)",
            Patterns.Token("cflt[A-Za-z0-9+/]{60}", Patterns.Base64),
            new[] { "cflt" },
            Remediation)
        {
            MinEntropy = 4.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },

        // Older secrets: 64 base-64 characters with nothing of their own.
        ContextGatedRule.Create(
            "confluent-api-secret",
            "Confluent",
            "Confluent Cloud API secret (64 base-64 characters next to Confluent)",
            Patterns.Token("[A-Za-z0-9+/]{64}", Patterns.Base64),
            ConfluentApiSecretContext,
            Remediation,
            minEntropy: 4.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
