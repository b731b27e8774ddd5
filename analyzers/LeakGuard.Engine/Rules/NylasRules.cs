using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NylasRules
{
    private static readonly Remediation Remediation = new("https://dashboard-v3.nylas.com", "Nylas:ApiKey", "NYLAS_API_KEY");

    // A v3 API key: "nyk_v0_" and 64 letters and digits. It reads and sends the mail and calendars of every connected
    // account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "nylas-api-key",
            "Nylas",
            "Nylas API key",
            Patterns.Token("nyk_v0_[A-Za-z0-9]{64}"),
            new[] { "nyk_v0_" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
