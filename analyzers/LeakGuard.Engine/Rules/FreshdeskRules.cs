using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FreshdeskRules
{
    private static readonly Remediation Remediation = new("https://support.freshdesk.com/support/solutions/articles/215517", "Freshdesk:ApiKey", "FRESHDESK_API_KEY");

    private static readonly string[] FreshdeskApiKeyContext = { "freshdesk" };

    // Most keys are 20 letters and digits; some real keys are 19 (seen in two unrelated projects).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "freshdesk-api-key",
            "Freshdesk",
            "Freshdesk API key (19 or 20 characters next to the word Freshdesk)",
            Patterns.Token("[A-Za-z0-9]{19,20}", Patterns.Base62),
            FreshdeskApiKeyContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
