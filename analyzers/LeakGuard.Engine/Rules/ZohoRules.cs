using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ZohoRules
{
    private static readonly Remediation Remediation = new("https://api-console.zoho.com/", "Zoho:RefreshToken", "ZOHO_REFRESH_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Zoho's access and refresh tokens: "1000.", 32 hex digits, '.' and 32 more. The client id has the same
        // prefix and 30 upper-case characters.
        new SecretRule(
            "zoho-oauth-token",
            "Zoho",
            "Zoho OAuth access or refresh token (1000.)",
            Patterns.Token("1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}", Patterns.UrlSafeOrDot),
            new[] { "1000." },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
