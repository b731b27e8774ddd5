using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DropboxRules
{
    private static readonly Remediation Remediation = new("https://www.dropbox.com/developers/apps", "Dropbox:AccessToken", "DROPBOX_ACCESS_TOKEN");

    private static readonly string[] DropboxLongLivedTokenContext = { "dropbox" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "dropbox-short-lived-token",
            "Dropbox",
            "Dropbox short-lived access token (sl.)",
            Patterns.Token("sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,}", Patterns.UrlSafeOrDot),
            new[] { "sl." },
            Remediation)
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "dropbox-long-lived-token",
            "Dropbox",
            "Dropbox long-lived access token (next to the word Dropbox)",
            Patterns.Token("[A-Za-z0-9_-]{11}AAAAAA[A-Za-z0-9_-]{47}"),
            DropboxLongLivedTokenContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = DropboxLongLivedTokenContext,
            MinEntropy = 3.5,
            SkipPlaceholders = false,
        },
    };
}
