using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SentryRules
{
    private static readonly Remediation Remediation = new("https://sentry.io/settings/account/api/auth-tokens/", "Sentry:AuthToken", "SENTRY_AUTH_TOKEN");

    private static readonly string[] SentryLegacyTokenContext = { "sentry" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "sentry-org-token",
            "Sentry",
            "Sentry organization auth token",
            Patterns.Token("sntrys_eyJ[A-Za-z0-9+/=_-]{60,600}", Patterns.Base64),
            new[] { "sntrys_eyJ" },
            Remediation)
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "sentry-user-token",
            "Sentry",
            "Sentry user auth token",
            Patterns.Token("sntryu_[a-f0-9]{64}", Patterns.Base62),
            new[] { "sntryu_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        ContextGatedRule.Create(
            "sentry-legacy-token",
            "Sentry",
            "Sentry auth token (64 hex digits next to the word Sentry)",
            Patterns.Token("[a-f0-9]{64}", Patterns.Base62),
            SentryLegacyTokenContext,
            Remediation,
            minEntropy: 3),
    };
}
