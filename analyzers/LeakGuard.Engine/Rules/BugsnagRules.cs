using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BugsnagRules
{
    private static readonly Remediation Remediation = new("https://app.bugsnag.com/settings/my-account", "Bugsnag:ApiKey", "BUGSNAG_API_KEY");

    private static readonly string[] BugsnagApiKeyContext = { "bugsnag" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "bugsnag-api-key",
            "Bugsnag",
            "Bugsnag API key (32 hex digits next to the word Bugsnag)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            BugsnagApiKeyContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = BugsnagApiKeyContext,
            MinEntropy = 3,
            IsPlausible = value => !Plausibility.IsCompactGuid(value),
        },
    };
}
