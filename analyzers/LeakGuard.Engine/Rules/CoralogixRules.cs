using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CoralogixRules
{
    private static readonly Remediation Remediation = new("https://coralogix.com/docs/user-guides/account-management/api-keys/api-keys/", "Coralogix:ApiKey", "CORALOGIX_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "coralogix-api-key",
            "Coralogix",
            "Coralogix API or send-your-data key",
            Patterns.Token("cx(?:t[pu]|up)_[A-Za-z0-9]{30}", Patterns.Base62),
            new[] { "cxtp_", "cxtu_", "cxup_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
