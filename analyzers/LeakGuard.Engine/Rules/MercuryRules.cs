using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MercuryRules
{
    private static readonly Remediation Remediation = new("https://app.mercury.com/settings/tokens", "Mercury:ApiToken", "MERCURY_API_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A Mercury bank account's API token: it reads transactions and, with write scope, sends money. It ends in
        // "mercury" reversed.
        new SecretRule(
            "mercury-api-token",
            "Mercury",
            "Mercury (banking) API token (secret-token:mercury_)",
            Patterns.Token("secret-token:mercury_(?:production|sandbox)_[a-z]{3}_[A-Za-z0-9]{40,50}_yrucrem"),
            new[] { "secret-token:mercury_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
