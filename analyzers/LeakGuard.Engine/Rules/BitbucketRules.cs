using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BitbucketRules
{
    private static readonly Remediation Remediation = new("https://bitbucket.org/account/settings/app-passwords/", "Bitbucket:AppPassword", "BITBUCKET_APP_PASSWORD");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "bitbucket-app-password",
            "Bitbucket",
            "Bitbucket app password",
            Patterns.Token("ATBB[A-Za-z0-9_=.-]{32}", Patterns.UrlSafeOrDot),
            new[] { "ATBB" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
