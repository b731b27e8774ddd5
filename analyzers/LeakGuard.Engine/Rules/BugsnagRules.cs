using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BugsnagRules
{
    private static readonly Remediation Remediation = new("https://app.bugsnag.com/settings/my-account", "Bugsnag:ApiKey", "BUGSNAG_API_KEY");

    private static readonly string[] BugsnagApiKeyContext = { "bugsnag" };

    // The notifier key starts the error reporter of browser and mobile apps, which ship it to every user: there it
    // is public. A server's copy is reported, as it also uploads source maps and builds.
    private static readonly string[] ClientSide = { "Bugsnag.start", "BugsnagPerformance.start", "@bugsnag/", "com.bugsnag.android.API_KEY" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "bugsnag-api-key",
            "Bugsnag",
            "Bugsnag API key (32 hex digits next to the word Bugsnag, outside a browser or app)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            BugsnagApiKeyContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = BugsnagApiKeyContext,
            ClientSideMarkers = ClientSide,
            MinEntropy = 3,
            IsPlausible = value => !Plausibility.IsCompactGuid(value),
        },
    };
}
