using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RollbarRules
{
    private static readonly Remediation Remediation = new("https://rollbar.com/settings/accounts/", "Rollbar:AccessToken", "ROLLBAR_ACCESS_TOKEN");

    private static readonly string[] RollbarAccessTokenContext = { "rollbar" };

    // A post_client_item token is meant for browsers (the snippet's _rollbarConfig): Rollbar says it may be public.
    private static readonly string[] ClientSide = { "_rollbarConfig", "post_client_item", "client_token", "clientToken", "client_access_token", "clientAccessToken" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rollbar-access-token",
            "Rollbar",
            "Rollbar access token (32 hex digits next to the word Rollbar, other than a browser's token)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            RollbarAccessTokenContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = RollbarAccessTokenContext,
            ClientSideMarkers = ClientSide,
            MinEntropy = 3,
            // Rollbar makes its tokens as version 4 GUIDs written without hyphens: an MD5 or SHA-1 prefix beside the
            // word Rollbar (a source map's hash) is not one.
            IsPlausible = Plausibility.IsCompactGuid,
        },
    };
}
