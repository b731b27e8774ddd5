using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ImgurRules
{
    private static readonly Remediation Remediation = new("https://imgur.com/account/settings/apps", "Imgur:ClientSecret", "IMGUR_CLIENT_SECRET");

    private static readonly string[] Context = { "imgur" };

    // An Imgur app's client secret: 40 hex digits, so Imgur must be nearby. The app's client id (15 hex digits) is public
    // and too short to match; its OAuth access and refresh tokens have the secret's shape and are found as well.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "imgur-client-secret",
            "Imgur",
            "Imgur client secret (40 hex digits next to Imgur; its OAuth tokens have the same shape)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
