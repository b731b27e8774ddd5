using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RevenueCatRules
{
    private static readonly Remediation Remediation = new("https://app.revenuecat.com/settings/api-keys", "RevenueCat:SecretKey", "REVENUECAT_SECRET_KEY");

    private static readonly string[] Context = { "revenuecat", "revenue_cat", "revenue-cat" };

    // A secret API key is "sk_" and 29 letters of both cases. "sk_" alone is Stripe's, Clerk's and ElevenLabs' prefix
    // too, so RevenueCat's name must be nearby. The SDK keys an app ships with (appl_, goog_, amzn_, test_) are public.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "revenuecat-secret-api-key",
            "RevenueCat",
            "RevenueCat secret API key (sk_ and 29 letters next to RevenueCat)",
            Patterns.Token("sk_[A-Za-z]{29}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.IsRandomBase62),
    };
}
