using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PagerDutyRules
{
    private static readonly Remediation Remediation = new("https://support.pagerduty.com/main/docs/api-access-keys", "PagerDuty:ApiKey", "PAGERDUTY_API_KEY");

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
    };
}
