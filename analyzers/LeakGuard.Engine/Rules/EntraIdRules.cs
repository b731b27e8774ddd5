using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class EntraIdRules
{
    private static readonly Remediation Remediation = new("https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade", "AzureAd:ClientSecret", "AZURE_CLIENT_SECRET");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Secrets issued since 2021 carry "Q~" after four characters (security-utilities SEC101/156).
        new SecretRule(
            "entra-client-secret",
            "Microsoft Entra ID",
            "Microsoft Entra ID (Azure AD) application client secret",
            Patterns.Token("[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}", Patterns.UrlSafeOrDot),
            new[] { "Q~" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
