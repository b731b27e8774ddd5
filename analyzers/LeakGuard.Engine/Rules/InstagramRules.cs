using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class InstagramRules
{
    private static readonly Remediation Remediation = new("https://developers.facebook.com/apps/", "Instagram:AccessToken", "INSTAGRAM_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A user's token of the Instagram APIs (IGQV… of Basic Display, IGAA… of Instagram Login): it reads and posts
        // as the account for 60 days and is refreshed. Not inside base 64, where the letters occur by chance.
        new SecretRule(
            "instagram-access-token",
            "Instagram",
            "Instagram user access token (IGQV, IGAA)",
            Patterns.Token("IG(?:QV|QW|AA)[A-Za-z0-9_-]{100,400}", "A-Za-z0-9+/_-"),
            new[] { "IGQV", "IGQW", "IGAA" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
