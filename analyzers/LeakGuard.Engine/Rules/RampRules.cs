using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RampRules
{
    private static readonly Remediation Remediation = new("https://app.ramp.com/developer", "Ramp:ClientSecret", "RAMP_CLIENT_SECRET");

    // An API client's secret: "ramp_sec_" and 48 letters and digits. With its public id ("ramp_id_") it gets tokens
    // for the company's cards, transactions and reimbursements.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "ramp-client-secret",
            "Ramp",
            "Ramp API client secret",
            Patterns.Token("ramp_sec_[A-Za-z0-9]{48}"),
            new[] { "ramp_sec_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
