using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PostHogRules
{
    private static readonly Remediation Remediation = new("https://us.posthog.com/settings/user-api-keys", "PostHog:PersonalApiKey", "POSTHOG_PERSONAL_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Project keys (phc_) are meant to ship in clients and are left out on purpose.
        new SecretRule(
            "posthog-personal-api-key",
            "PostHog",
            "PostHog personal API key",
            Patterns.Token("phx_[A-Za-z0-9_-]{43,48}"),
            new[] { "phx_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },

        // The project's secret key for local feature flag evaluation (the feature flags secure API key).
        new SecretRule(
            "posthog-project-secret-key",
            "PostHog",
            "PostHog project secret API key (phs_)",
            Patterns.Token("phs_[A-Za-z0-9]{30,50}", Patterns.Base62),
            new[] { "phs_" },
            new Remediation("https://us.posthog.com/settings/project", "PostHog:ProjectSecretApiKey", "POSTHOG_PROJECT_SECRET_API_KEY"))
        {
            MinEntropy = 3.5,
        },

        // An OAuth app's access (pha_) or refresh (phr_) token: the user's access to their projects' data.
        new SecretRule(
            "posthog-oauth-token",
            "PostHog",
            "PostHog OAuth access or refresh token",
            Patterns.Token("ph[ar]_[A-Za-z0-9]{40,43}", Patterns.Base62),
            new[] { "pha_", "phr_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
