using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AdyenRules
{
    private static readonly Remediation Remediation = new("https://docs.adyen.com/development-resources/api-credentials", "Adyen:ApiKey", "ADYEN_API_KEY");

    // An API credential's key: "AQE" and base 64, '-', more base 64, and a short tail after another '-'. It takes
    // payments, refunds and payouts for the merchant accounts the credential may use.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "adyen-api-key",
            "Adyen",
            "Adyen API key",
            Patterns.Token("AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{30,60}={0,2}(?:-[^\\s\"'`\\\\<>,]{4,32})?", Patterns.Base64),
            new[] { "AQE" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
