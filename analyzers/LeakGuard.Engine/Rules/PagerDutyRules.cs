using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PagerDutyRules
{
    private static readonly Remediation Remediation = new("https://support.pagerduty.com/main/docs/api-access-keys", "PagerDuty:ApiKey", "PAGERDUTY_API_KEY");

    private static readonly Remediation IntegrationRemediation = new("https://support.pagerduty.com/main/docs/services-and-integrations", "PagerDuty:RoutingKey", "PAGERDUTY_ROUTING_KEY");

    // pypd and pdpyras are PagerDuty's Python clients ("pypd.api_key = …", "pdpyras.APISession(…)").
    private static readonly string[] PagerdutyApiKeyContext = { "pagerduty", "pypd", "pdpyras" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "pagerduty-api-key",
            "PagerDuty",
            "PagerDuty REST API key (20 characters next to the word PagerDuty)",
            Patterns.Token("u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}"),
            PagerdutyApiKeyContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),

        // An Events API integration key (Alertmanager's routing_key and service_key, Terraform's integration_key):
        // 32 characters under one of those names, with PagerDuty named nearby. Whoever has it raises incidents and
        // pages the people on call.
        ContextGatedRule.Create(
            "pagerduty-integration-key",
            "PagerDuty",
            "PagerDuty Events API integration (routing) key",
            "(?i)(?:routing|service|integration)[_-]?key[\"']?[ \\t]{0,5}[:=][ \\t]{0,5}[\"']?(?<secret>[a-z0-9]{32})(?:$|[^a-z0-9])",
            PagerdutyApiKeyContext,
            IntegrationRemediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
