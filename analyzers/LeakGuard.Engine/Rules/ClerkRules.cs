using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ClerkRules
{
    private static readonly Remediation Remediation = new("https://dashboard.clerk.com/last-active?path=api-keys", "Clerk:SecretKey", "CLERK_SECRET_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Clerk's secret keys share Stripe's prefixes (sk_live_, sk_test_) but have 42 or 43 characters after them, which no
        // Stripe key has; under Clerk's name (CLERK_SECRET_KEY) such a key is Clerk's, and is reported with Clerk's
        // remediation rather than as a Stripe key. The publishable key (pk_…, base 64 of the frontend's host) is meant
        // for the browser.
        new SecretRule(
            "clerk-secret-key",
            "Clerk",
            "Clerk secret key (sk_live_ or sk_test_ and 42 or 43 characters, under Clerk's name)",
            Patterns.AssignedTo("clerk", "sk_(?:live|test)_[A-Za-z0-9]{42,43}", Patterns.Base62),
            new[] { "clerk" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
