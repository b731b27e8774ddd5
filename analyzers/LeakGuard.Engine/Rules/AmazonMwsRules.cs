using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AmazonMwsRules
{
    private static readonly Remediation Remediation = new("https://sellercentral.amazon.com/apps/manage", "AmazonMws:AuthToken", "MWS_AUTH_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "amazon-mws-auth-token",
            "Amazon",
            "Amazon Marketplace Web Service auth token",
            Patterns.Token("amzn\\.mws\\." + Patterns.Uuid, Patterns.UrlSafeOrDot),
            new[] { "amzn.mws." },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
