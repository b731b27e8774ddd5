using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BraintreeRules
{
    private static readonly Remediation Remediation = new("https://www.braintreegateway.com/login", "Braintree:AccessToken", "BRAINTREE_ACCESS_TOKEN");

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
    };
}
