using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BraintreeRules
{
    private static readonly Remediation Remediation = new("https://www.braintreegateway.com/login", "Braintree:AccessToken", "BRAINTREE_ACCESS_TOKEN");

    private static readonly Remediation PrivateKeyRemediation = new("https://www.braintreegateway.com/login", "Braintree:PrivateKey", "BRAINTREE_PRIVATE_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "braintree-access-token",
            "PayPal",
            "PayPal Braintree access token",
            Patterns.Token("access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[a-f0-9]{32}"),
            new[] { "access_token$" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // A gateway's private key: 32 hex digits beside its merchant id and public key (BraintreeGateway(environment,
        // merchantId, publicKey, privateKey), Braintree::Configuration.private_key), which charge the merchant's
        // customers. The public key and merchant id are 16 letters and digits, so not taken.
        ContextGatedRule.Create(
            "braintree-private-key",
            "PayPal",
            "PayPal Braintree gateway private key (32 hex digits next to Braintree's name)",
            Patterns.Token("[0-9a-f]{32}", Patterns.Base62),
            new[] { "braintree" },
            PrivateKeyRemediation,
            minEntropy: 3,
            isPlausible: value => !Plausibility.IsCompactGuid(value)),
    };
}
