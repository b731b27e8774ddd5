using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PaystackRules
{
    private static readonly Remediation Remediation = new("https://dashboard.paystack.com/#/settings/developers", "Paystack:SecretKey", "PAYSTACK_SECRET_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Stripe secret keys share the prefix but are base 62; forty lower-case hex digits are Paystack's.
        new SecretRule(
            "paystack-secret-key",
            "Paystack",
            "Paystack secret key (sk_live_ or sk_test_ and 40 hex digits)",
            Patterns.Token("sk_(?:live|test)_[a-f0-9]{40}", Patterns.Base62),
            new[] { "sk_live_", "sk_test_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
