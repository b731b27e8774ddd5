using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SalesloftRules
{
    private static readonly Remediation Remediation = new("https://app.salesloft.com/app/settings/credentials/api", "Salesloft:ApiKey", "SALESLOFT_API_KEY");

    // An API key: "v2_ak_", the user's number, '_' and 64 hex digits. It reads the CRM's people, cadences and emails.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "salesloft-api-key",
            "Salesloft",
            "Salesloft API key",
            Patterns.Token("v2_ak_[0-9]{1,12}_[a-f0-9]{64}"),
            new[] { "v2_ak_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
