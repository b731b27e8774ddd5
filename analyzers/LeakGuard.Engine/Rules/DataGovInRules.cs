using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DataGovInRules
{
    private static readonly Remediation Remediation = new("https://data.gov.in/user/me", "DataGovIn:ApiKey", "DATA_GOV_API_KEY");

    // An API key of India's Open Government Data platform: the same 24 hex digits in every key, then 32 random ones.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "data-gov-in-api-key",
            "data.gov.in",
            "data.gov.in API key (579b464db66ec23bdd000001…)",
            Patterns.Token("579b464db66ec23bdd000001[0-9a-f]{32}", Patterns.Base62),
            new[] { "579b464db66ec23bdd0000" },
            Remediation)
        {
            MinEntropy = 2.5,
        },
    };
}
