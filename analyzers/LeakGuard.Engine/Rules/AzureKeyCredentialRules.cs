using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AzureKeyCredentialRules
{
    private static readonly Remediation Remediation = new(
        "https://learn.microsoft.com/azure/developer/intro/passwordless-overview",
        "Azure:Key",
        "AZURE_KEY");

    // Azure SDKs take a service's access key as new AzureKeyCredential("…"): Event Grid's and Web PubSub's 44-character
    // base 64 keys, Maps', AI Search's and the newer 84-character keys; and a shared access policy's key as
    // new AzureNamedKeyCredential("policy", "…") (Service Bus, Event Hubs, Tables). The type says what the literal is,
    // whatever its format; 32 hex digits there are azure-openai-key's.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "azure-key-credential",
            "Azure",
            "Key passed to an Azure SDK as new AzureKeyCredential(\"…\") or AzureNamedKeyCredential (Event Grid, Maps, AI Search, Service Bus…)",
            "Azure(?:Named)?KeyCredential\\([ \\t]{0,3}(?:@?\"[^\"\\r\\n]{1,100}\"[ \\t]{0,3},[ \\t\\r\\n]{0,20})?@?\"(?<secret>[A-Za-z0-9+/=_-]{32,100})\"",
            new[] { "AzureKeyCredential", "AzureNamedKeyCredential" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => !(value.Length == 32 && Plausibility.IsLowerHex(value)) && Plausibility.MixesLettersAndDigits(value),
        },
    };
}
