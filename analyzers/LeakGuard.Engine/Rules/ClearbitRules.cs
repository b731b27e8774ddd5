using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ClearbitRules
{
    private static readonly Remediation Remediation = new("https://dashboard.clearbit.com/api", "Clearbit:ApiKey", "CLEARBIT_API_KEY");

    private static readonly string[] Context = { "clearbit" };

    // A Clearbit secret API key: "sk_" and 32 hex digits, the shape of other providers' keys, so Clearbit's name must
    // be near.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "clearbit-api-key",
            "Clearbit",
            "Clearbit secret API key (sk_ and 32 hex digits next to Clearbit)",
            Patterns.Token("sk_[0-9a-f]{32}"),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
