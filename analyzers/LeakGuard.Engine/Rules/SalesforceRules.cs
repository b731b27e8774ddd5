using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SalesforceRules
{
    private static readonly Remediation Remediation = new("https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm", "Salesforce:AccessToken", "SALESFORCE_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "salesforce-access-token",
            "Salesforce",
            "Salesforce session or OAuth access token (org id, \"!\" and the token)",
            Patterns.Token("00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,120}", Patterns.UrlSafeOrDot),
            new[] { "00D" },
            Remediation)
        {
            MinEntropy = 4,

            // The org id of an older org pads its number with zeros ("00D000000000062").
            RunsBelongToFormat = true,
        },

        // A connected app's refresh token: it gets access tokens for the org's user until revoked. The consumer key
        // (3MVG9…) is an identifier.
        new SecretRule(
            "salesforce-refresh-token",
            "Salesforce",
            "Salesforce OAuth refresh token (5Aep861)",
            Patterns.Token("5Aep861[A-Za-z0-9._]{70,90}", Patterns.UrlSafeOrDot),
            new[] { "5Aep861" },
            new Remediation("https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm", "Salesforce:RefreshToken", "SALESFORCE_REFRESH_TOKEN"))
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },

        // A connected app's consumer secret: 64 hex digits under a client or consumer secret's name, beside its consumer
        // key (which starts with 3MVG9) or the word Salesforce. With the key it gets tokens for the app's users.
        ContextGatedRule.Create(
            "salesforce-consumer-secret",
            "Salesforce",
            "Salesforce connected app consumer secret (64 hex digits beside a 3MVG9 consumer key or the word Salesforce)",
            "(?i)(?:consumer|client)[_-]?secret[\"']?[ \\t]{0,5}(?:[:=]|=>)[ \\t]{0,5}[\"']?(?<secret>[a-f0-9]{64})(?:$|[^a-z0-9])",
            new[] { "salesforce", "3MVG9" },
            new Remediation("https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm", "Salesforce:ConsumerSecret", "SALESFORCE_CONSUMER_SECRET"),
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
