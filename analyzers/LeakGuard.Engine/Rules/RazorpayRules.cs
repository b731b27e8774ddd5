using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RazorpayRules
{
    private static readonly Remediation Remediation = new("https://dashboard.razorpay.com/app/website-app-settings/api-keys", "Razorpay:KeySecret", "RAZORPAY_KEY_SECRET");

    private const string Key = "[A-Za-z0-9]{24}";

    // The key id, or the client that takes the secret: razorpay.Client(auth=(id, secret)), new Razorpay({ key_id,
    // key_secret }), new RazorpayClient(id, secret).
    private static readonly string[] Context = { "rzp_live_", "rzp_test_", "razorpay.Client(", "new Razorpay(", "RazorpayClient(" };

    // A key id ("rzp_live_" and 14 characters) is public: checkout pages carry it. Its secret, 24 letters and digits
    // with nothing to tell them apart, is not, and code passes the two together.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "razorpay-key-secret",
            "Razorpay",
            "Razorpay key secret (24 letters and digits next to a key id or Razorpay's client)",
            Patterns.Token(Key, Patterns.Base62)
                + "|" + Patterns.SecondArgumentReference("(?:razorpay\\.Client\\(auth[ \t]{0,3}=[ \t]{0,3}|RazorpayClient)")
                + "|" + Patterns.CallArgument("new Razorpay", "key_secret", Key),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits,
            referencedValue: Key),
    };
}
