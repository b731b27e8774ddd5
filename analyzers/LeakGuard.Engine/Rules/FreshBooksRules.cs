using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FreshBooksRules
{
    private static readonly Remediation Remediation = new("https://my.freshbooks.com/#/developer", "FreshBooks:AccessToken", "FRESHBOOKS_ACCESS_TOKEN");

    private static readonly string[] Context = { "freshbooks" };

    // An OAuth access or refresh token of the accounting API (64 hex digits): clients, invoices, payments. The classic
    // XML API (".freshbooks.com/api/2.1/xml-in") took a token of 32 hex digits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "freshbooks-access-token",
            "FreshBooks",
            "FreshBooks access token (32 or 64 hex digits next to FreshBooks)",
            Patterns.Token("[a-f0-9]{64}|[a-f0-9]{32}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
