using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class EntraIdRules
{
    private static readonly Remediation Remediation = new("https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade", "AzureAd:ClientSecret", "AZURE_CLIENT_SECRET");

    // Where Microsoft's identity platform is configured: Microsoft.Identity.Web's "AzureAd" section, the sign-in host,
    // the tenant, and the calls of Azure.Identity, MSAL and ADAL that take a client secret.
    private static readonly string[] LegacyContext =
    {
        "AzureAd", "AzureActiveDirectory", "microsoftonline", "TenantId", "tenant_id", "ClientSecretCredential", "WithClientSecret",
        "ClientCredential", "AZURE_CLIENT", "Entra", "ida:",

        // A personal Microsoft account sign-in (ASP.NET Core's AddMicrosoftAccount, Authentication:Microsoft settings)
        // takes an Entra app's secret too.
        "AddMicrosoftAccount", "MicrosoftAccount", "Authentication:Microsoft",

        // A Bot Framework bot's app registration (MicrosoftAppId, MicrosoftAppPassword), whose password is its secret.
        "MicrosoftAppId", "MicrosoftAppPassword",
    };

    private const string LegacyValue = "(?<secret>[A-Za-z0-9._~\\[\\]:@?=/+*-]{32,44})";

    // ClientSecret = "…", "ClientSecret": "…", AZURE_CLIENT_SECRET=…, a bot's "MicrosoftAppPassword": "…", .WithClientSecret("…"),
    // new ClientSecretCredential(tenant, client, "…"), new ClientCredential(client, "…"), and web.config's
    // <add key="ida:ClientSecret" value="…" /> (ADAL's samples named it ida:AppKey, Visual Studio's wizard ida:Password).
    private const string LegacyPattern =
        "(?i)(?:(?:client[_-]?secret|microsoftapppassword)[\"'`]?\\]?[ \t]{0,5}(?::=|=>|=|:)[ \t]{0,5}@?[\"'`]?" + LegacyValue + "(?:[\"'`]|[ \t]{0,20}(?:\\r|\\n|$))"
        + "|(?:withclientsecret\\(|(?:clientsecretcredential|clientcredential)\\([^()\\r\\n]{1,200},)[ \t\\r\\n]{0,20}@?\"" + LegacyValue + "\""
        + "|key[ \t]{0,3}=[ \t]{0,3}\"(?:(?:ida:)?client[_-]?secret|ida:(?:appkey|password))\"[ \t]{1,5}value[ \t]{0,3}=[ \t]{0,3}\"" + LegacyValue + "\")";

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

        // Secrets issued before 2021 have no mark: 32 characters with symbols ("=", ":", "@", "?", "[", "]"), or 44 of
        // base 64 before that. Those created to never expire still sign in, so the name and the identity platform's
        // settings near it tell them apart. The entropy bound leaves out GUIDs, which IdentityServer's clients use.
        new SecretRule(
            "entra-client-secret-legacy",
            "Microsoft Entra ID",
            "Microsoft Entra ID (Azure AD) client secret issued before 2021, next to ClientSecret and Azure AD settings",
            LegacyPattern,
            new[] { "clientsecret", "client_secret", "client-secret", "ClientCredential", "ida:AppKey", "ida:Password", "MicrosoftAppPassword" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = LegacyContext,
            MinEntropy = 4,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value) && !Plausibility.IsConstantName(value) && !Plausibility.IsMostlyWords(value),
        },
    };
}
