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

        // The Checkout SDKs take both as positional arguments, new SandboxEnvironment("A…", "E…") (C#, Java, PHP,
        // Node), where no secret's name stands before the secret. A client id (A + 79) quoted and followed by a comma
        // and a quoted E + 79 is that pair; the id is public, so only the secret is reported.
        new SecretRule(
            "paypal-client-credentials-pair",
            "PayPal",
            "PayPal REST app client secret passed after its client id (SandboxEnvironment(\"A…\", \"E…\"))",
            "(?:^|[^A-Za-z0-9_-])A[A-Za-z0-9_-]{79}[\"'`][ \t]{0,3},\\s{0,40}@?[\"'`](?<secret>E[A-Za-z0-9_-]{79})(?:$|[^A-Za-z0-9_-])",
            new[] { "paypal" },
            Remediation)
        {
            MinEntropy = 4.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
