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

        // Bitbucket Data Center and Server's HTTP access tokens: base 64 of a 12-digit id, ':' and 20 random bytes.
        new SecretRule(
            "bitbucket-data-center-token",
            "Bitbucket",
            "Bitbucket Data Center HTTP access token (BBDC-)",
            Patterns.Token("BBDC-[A-Za-z0-9+/]{44}", Patterns.Base64),
            new[] { "BBDC-" },
            new Remediation("https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html", "Bitbucket:AccessToken", "BITBUCKET_TOKEN"))
        {
            MinEntropy = 3.5,
            IsPlausible = token => DataCenterTokens.IsIdAndSecret(token.Substring("BBDC-".Length)),
        },
    };
}
