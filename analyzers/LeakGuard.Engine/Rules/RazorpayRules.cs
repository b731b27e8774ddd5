using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RazorpayRules
{
    private static readonly Remediation Remediation = new("https://dashboard.razorpay.com/app/website-app-settings/api-keys", "Razorpay:KeySecret", "RAZORPAY_KEY_SECRET");

    private static readonly string[] Context = { "rzp_live_", "rzp_test_" };

    // A key id ("rzp_live_" and 14 characters) is public: checkout pages carry it. Its secret, 24 letters and digits
    // with nothing to tell them apart, is not, and code passes the two together.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "razorpay-key-secret",
            "Razorpay",
            "Razorpay key secret (24 letters and digits next to a key id)",
            Patterns.Token("[A-Za-z0-9]{24}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
