using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class StripeRules
{
    private static readonly Remediation Remediation = new("https://dashboard.stripe.com/apikeys", "Stripe:SecretKey", "STRIPE_SECRET_KEY");

    private static readonly Remediation WebhookRemediation = new("https://dashboard.stripe.com/webhooks", "Stripe:WebhookSecret", "STRIPE_WEBHOOK_SECRET");

    // Publishable keys (pk_) are meant to ship in clients and are left out on purpose.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "stripe-secret-key",
            "Stripe",
            "Stripe secret key",
            Patterns.Token("sk_(?:live|test)_[A-Za-z0-9]{20,247}", Patterns.Base62),
            new[] { "sk_live_", "sk_test_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => !UploadThingRules.IsSecretKey(value),
        },
        new SecretRule(
            "stripe-restricted-key",
            "Stripe",
            "Stripe restricted key",
            Patterns.Token("rk_(?:live|test|prod)_[A-Za-z0-9]{20,247}", Patterns.Base62),
            new[] { "rk_live_", "rk_test_", "rk_prod_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "stripe-webhook-secret",
            "Stripe",
            "Stripe webhook signing secret",
            Patterns.Token("whsec_[A-Za-z0-9+/]{32,88}={0,2}", Patterns.Base64),
            new[] { "whsec_" },
            WebhookRemediation)
        {
            MinEntropy = 3.5,
        },
    };
}
