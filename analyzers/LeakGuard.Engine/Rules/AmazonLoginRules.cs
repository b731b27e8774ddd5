using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AmazonLoginRules
{
    private static readonly Remediation Remediation = new("https://developer.amazon.com/settings/console/securityprofile/overview.html", "Amazon:ClientSecret", "LWA_CLIENT_SECRET");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "amazon-lwa-client-secret",
            "Amazon",
            "Login with Amazon client secret (amzn1.oa2-cs.v1.; Selling Partner and Ads APIs)",
            Patterns.Token("amzn1\\.oa2-cs\\.v1\\.[a-f0-9]{64}", Patterns.UrlSafeOrDot),
            new[] { "amzn1.oa2-cs.v1." },
            Remediation)
        {
            MinEntropy = 3,
        },

        // A seller's or an advertiser's refresh token: with the client id and secret it acts for that account until
        // revoked.
        new SecretRule(
            "amazon-lwa-refresh-token",
            "Amazon",
            "Login with Amazon refresh token (Atzr|; Selling Partner and Ads APIs)",
            Patterns.Token("Atzr\\|[A-Za-z0-9_-]{100,1000}"),
            new[] { "Atzr|" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
