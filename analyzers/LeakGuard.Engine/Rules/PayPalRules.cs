using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PayPalRules
{
    private static readonly Remediation Remediation = new("https://developer.paypal.com/dashboard/applications", "PayPal:ClientSecret", "PAYPAL_CLIENT_SECRET");

    private static readonly string[] Context = { "paypal" };

    // A REST app's client secret: 80 URL-safe characters. With the app's client id it takes payments and issues
    // refunds. The client id, of the same form, goes to browsers in PayPal's checkout script, so only a secret's name
    // tells them apart.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "paypal-client-secret",
            "PayPal",
            "PayPal REST app client secret (80 characters under a secret's name, next to PayPal)",
            Patterns.AssignedTo("secret", "[A-Za-z0-9_-]{80}"),
            Context,
            Remediation,
            minEntropy: 4.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
