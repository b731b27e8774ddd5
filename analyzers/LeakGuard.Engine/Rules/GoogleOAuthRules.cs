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

        // Clients created before 2021 keep secrets with no prefix: 24 characters of base64url, in client_secret.json
        // ("client_secret": "…" after the client id ending .apps.googleusercontent.com) or a passport-google strategy.
        ContextGatedRule.Create(
            "google-oauth-client-secret-legacy",
            "Google",
            "Google OAuth client secret issued before 2021 (24 characters under a client secret's name, next to a client id)",
            Patterns.AssignedTo("client[_-]?secret", "[A-Za-z0-9_-]{24}"),
            new[] { "apps.googleusercontent.com" },
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.HasUpperAndLower(value) && !Plausibility.IsMostlyWords(value)),

        // A user's refresh token (token.json, gcloud's application_default_credentials.json, OAuth Playground): it
        // gets access tokens for the user's account until the user revokes it. "1//0" and about a hundred characters;
        // not after a '/' or ':', so that a URL's "//" is not taken for one.
        new SecretRule(
            "google-oauth-refresh-token",
            "Google",
            "Google OAuth refresh token (1//0)",
            "(?:^|[^A-Za-z0-9_/:-])(?<secret>1//0[A-Za-z0-9_-]{60,200})(?:$|[^A-Za-z0-9_-])",
            new[] { "1//0" },
            new Remediation("https://myaccount.google.com/permissions", "Google:RefreshToken", "GOOGLE_REFRESH_TOKEN"))
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },

        // An access token lives an hour, but one in a notebook, a log or a HAR file still acts as its user until then.
        new SecretRule(
            "google-oauth-access-token",
            "Google",
            "Google OAuth access token (ya29.)",
            Patterns.Token("ya29\\.(?:c\\.)?[A-Za-z0-9_-]{50,}"),
            new[] { "ya29." },
            new Remediation("https://myaccount.google.com/permissions", "Google:AccessToken", "GOOGLE_ACCESS_TOKEN"))
        {
            Confidence = Confidence.Medium,
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
            IsLive = OAuthTokenExpiry.IsLive,
        },
    };
}
