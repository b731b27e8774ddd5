using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GoogleOAuthRules
{
    private static readonly Remediation Remediation = new("https://console.cloud.google.com/apis/credentials", "Google:ClientSecret", "GOOGLE_CLIENT_SECRET");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "google-oauth-client-secret",
            "Google",
            "Google OAuth client secret",
            Patterns.Token("GOCSPX-[A-Za-z0-9_-]{28}"),
            new[] { "GOCSPX-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
