using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RollbarRules
{
    private static readonly Remediation Remediation = new("https://rollbar.com/settings/accounts/", "Rollbar:AccessToken", "ROLLBAR_ACCESS_TOKEN");

    private static readonly string[] RollbarAccessTokenContext = { "rollbar" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rollbar-access-token",
            "Rollbar",
            "Rollbar access token (32 hex digits next to the word Rollbar)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            RollbarAccessTokenContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = RollbarAccessTokenContext,
            MinEntropy = 3,
            IsPlausible = value => !Plausibility.IsCompactGuid(value),
        },
    };
}
