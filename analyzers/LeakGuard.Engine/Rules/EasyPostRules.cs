using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class EasyPostRules
{
    private static readonly Remediation Remediation = new("https://www.easypost.com/account/api-keys", "EasyPost:ApiKey", "EASYPOST_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "easypost-api-key",
            "EasyPost",
            "EasyPost production or test API key",
            Patterns.Token("EZ[AT]K[A-Za-z0-9]{54}", Patterns.Base62),
            new[] { "EZAK", "EZTK" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
