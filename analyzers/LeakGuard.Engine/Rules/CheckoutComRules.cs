using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CheckoutComRules
{
    private static readonly Remediation Remediation = new("https://dashboard.checkout.com/developers/keys", "CheckoutCom:SecretKey", "CKO_SECRET_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A sandbox secret key; the public key (pk_sbox_) is meant for the browser. Production keys (sk_ and 27
        // characters) have no prefix of their own.
        new SecretRule(
            "checkout-sandbox-secret-key",
            "Checkout.com",
            "Checkout.com sandbox secret key (sk_sbox_)",
            "(?:^|[^A-Za-z0-9_])(?<secret>sk_sbox_[a-z2-7]{26}[a-z2-7*#$=])(?:$|[^A-Za-z0-9*#$=_])",
            new[] { "sk_sbox_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
