using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FreshBooksRules
{
    private static readonly Remediation Remediation = new("https://my.freshbooks.com/#/developer", "FreshBooks:AccessToken", "FRESHBOOKS_ACCESS_TOKEN");

    private static readonly string[] Context = { "freshbooks" };

    // An OAuth access or refresh token of the accounting API (64 hex digits): clients, invoices, payments.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "freshbooks-access-token",
            "FreshBooks",
            "FreshBooks access token (64 hex digits next to FreshBooks)",
            Patterns.Token("[a-f0-9]{64}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
