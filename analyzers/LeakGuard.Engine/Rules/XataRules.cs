using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class XataRules
{
    private static readonly Remediation Remediation = new("https://app.xata.io/settings", "Xata:ApiKey", "XATA_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "xata-api-key",
            "Xata",
            "Xata API key",
            Patterns.Token("xau_[A-Za-z0-9]{32,40}", Patterns.Base62),
            new[] { "xau_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
