using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WooCommerceRules
{
    private static readonly Remediation Remediation = new("https://woocommerce.com/document/woocommerce-rest-api/", "WooCommerce:ConsumerSecret", "WOOCOMMERCE_CONSUMER_SECRET");

    private static readonly string[] Context = { "woocommerce", "consumer_secret", "consumersecret", "wc-api", "wc/v3", "wp-json" };

    // A REST API consumer secret ("cs_" and 40 hex digits): with its consumer key ("ck_") it reads and changes the shop's
    // orders, customers and products.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "woocommerce-consumer-secret",
            "WooCommerce",
            "WooCommerce REST API consumer secret (cs_ and 40 hex digits)",
            Patterns.Token("cs_[a-f0-9]{40}", Patterns.Base62 + "_"),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
