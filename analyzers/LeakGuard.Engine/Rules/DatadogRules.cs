using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DatadogRules
{
    private static readonly Remediation Remediation = new("https://app.datadoghq.com/organization-settings/api-keys", "Datadog:ApiKey", "DD_API_KEY");

    private static readonly string[] DatadogApiKeyContext = { "datadog", "dd_api_key", "dd-api-key" };

    private static readonly string[] DatadogAppKeyContext = { "datadog", "dd_app_key", "dd-application-key", "dd_application_key" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "datadog-api-key",
            "Datadog",
            "Datadog API key (32 hex digits next to Datadog or DD_API_KEY)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            DatadogApiKeyContext,
            Remediation,
            minEntropy: 3,
            isPlausible: value => !Plausibility.IsCompactGuid(value)),
        ContextGatedRule.Create(
            "datadog-app-key",
            "Datadog",
            "Datadog application key (40 hex digits next to Datadog or DD_APP_KEY)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            DatadogAppKeyContext,
            Remediation,
            minEntropy: 3),

        // Application keys Datadog issues since 2026: "ddapp_", 28 random letters and digits and a 6-character checksum
        // (datadog-agent's scrubber, PR 51100; AWS Secrets Manager's DatadogApplicationKey type).
        new SecretRule(
            "datadog-prefixed-app-key",
            "Datadog",
            "Datadog application key (ddapp_)",
            Patterns.Token("ddapp_[A-Za-z0-9]{34}"),
            new[] { "ddapp_" },
            new Remediation("https://app.datadoghq.com/organization-settings/application-keys", "Datadog:AppKey", "DD_APP_KEY"))
        {
            MinEntropy = 3.5,
        },
    };
}
