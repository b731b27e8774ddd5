using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class EntraIdRulesSamples
{
    private static readonly string EntraClientSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 3, 1), "8Q", "~", FakeKey.Random(FakeKey.UrlSafe, 34, 2));

    // The portal's secrets of 2019 and 2020: 32 characters, symbols among them.
    private static readonly string LegacySecret = FakeKey.Random(FakeKey.Base62 + "._-=:@?[]", 32, 3);

    private static readonly string Base64Secret = FakeKey.Random(FakeKey.Base64, 43, 4) + "=";

    private static readonly string TenantId = new Guid(FakeKey.Random(FakeKey.Hex, 32, 5)).ToString();

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("entra-client-secret", EntraClientSecretKey, "API_KEY")
        .Ignores("entra-client-secret", "embedded in a longer token", "value: Q" + EntraClientSecretKey)
        .Ignores("entra-client-secret", "one character below the minimum length", $"value: {EntraClientSecretKey[..36]}")
        .FindsIn("entra-client-secret-legacy", "Microsoft.Identity.Web's AzureAd section", $"\"AzureAd\": {{\n  \"Instance\": \"https://login.microsoftonline.com/\",\n  \"TenantId\": \"{TenantId}\",\n  \"ClientSecret\": \"{LegacySecret}\"\n}}", LegacySecret)
        .FindsIn("entra-client-secret-legacy", "ASP.NET Core's Microsoft account sign-in", $"services.AddAuthentication().AddMicrosoftAccount(microsoftOptions =>\n{{\n    microsoftOptions.ClientId = \"{TenantId}\";\n    microsoftOptions.ClientSecret = \"{LegacySecret}\";\n}});", LegacySecret)
        .FindsIn("entra-client-secret-legacy", "the environment variables of Azure.Identity", $"AZURE_TENANT_ID={TenantId}\nAZURE_CLIENT_SECRET={Base64Secret}\n", Base64Secret)
        .FindsIn("entra-client-secret-legacy", "web.config's appSettings", $"<add key=\"ida:TenantId\" value=\"{TenantId}\" />\n<add key=\"ida:ClientSecret\" value=\"{LegacySecret}\" />", LegacySecret)
        .FindsIn("entra-client-secret-legacy", "ADAL's samples' ida:AppKey", $"<add key=\"ida:AADInstance\" value=\"https://login.microsoftonline.com/{{0}}\" />\n<add key=\"ida:AppKey\" value=\"{Base64Secret}\" />", Base64Secret)
        .FindsIn("smtp-password", "a Password setting of another kind: the mail account's, not Entra's", $"<add key=\"ida:TenantId\" value=\"{TenantId}\" />\n<add key=\"SmtpPassword\" value=\"{LegacySecret}\" />", LegacySecret)
        .FindsIn("entra-client-secret-legacy", "a Bot Framework bot's settings", $"{{\n  \"MicrosoftAppType\": \"MultiTenant\",\n  \"MicrosoftAppId\": \"{TenantId}\",\n  \"MicrosoftAppPassword\": \"{LegacySecret}\"\n}}", LegacySecret)
        .FindsIn("entra-client-secret-legacy", "a bot's .env file", $"MicrosoftAppId={TenantId}\nMicrosoftAppPassword={Base64Secret}\n", Base64Secret)
        .FindsIn("entra-client-secret-legacy", "MSAL", $"var app = ConfidentialClientApplicationBuilder.Create(clientId)\n    .WithClientSecret(\"{LegacySecret}\")\n    .Build();", LegacySecret)
        .FindsIn("entra-client-secret-legacy", "Azure.Identity", $"var credential = new ClientSecretCredential(tenantId, clientId, \"{Base64Secret}\");", Base64Secret)
        .Ignores("entra-client-secret-legacy", "an IdentityServer client's GUID", $"\"AzureAd\": {{ \"TenantId\": \"{TenantId}\", \"ClientSecret\": \"{TenantId}\" }}")
        .Ignores("entra-client-secret-legacy", "read from configuration", "\"AzureAd\": { \"TenantId\": \"common\" },\nClientSecret = Configuration[\"AzureAd:ClientSecret\"],")
        .Ignores("entra-client-secret-legacy", "the name of the variable that holds it", "\"AzureAd\": { \"ClientSecret\": \"AZURE_AD_CLIENT_SECRET_FROM_KEYVAULT_2024\" }")
        .Ignores("entra-client-secret-legacy", "words", "\"AzureAd\": { \"ClientSecret\": \"ProductionClientSecretBackup2Whitelisted\" }")
        .Ignores("entra-client-secret-legacy", "no digit", $"\"AzureAd\": {{ \"ClientSecret\": \"{FakeKey.Random("abcdefghijklmnopqrstuvwxyz._-", 32, 6)}\" }}")
        .FindsIn("oauth-client-secret", "no Azure AD near: an OAuth client secret, not Entra's", $"\"GitHub\": {{ \"ClientSecret\": \"{Base64Secret}\" }}", Base64Secret);
}
