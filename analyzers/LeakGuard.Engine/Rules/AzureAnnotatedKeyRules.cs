using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// Keys in Microsoft's common annotated format (SEC101/200) from services no other rule names: 52 random characters,
/// "JQQJ9" and a kind (9 a key, D derived, H hashed), a date block, a provider signature and a checksum; 88 characters
/// when written with its padding. Registered after the rules of named services (Azure AI, Azure DevOps), which share
/// the format and win a tie.
/// </summary>
internal static class AzureAnnotatedKeyRules
{
    private static readonly Remediation Remediation = new("https://portal.azure.com/", "Azure:Key", "AZURE_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "azure-annotated-key",
            "Azure",
            "Microsoft service key in the common annotated format (JQQJ9 signature)",
            Patterns.Token("[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?", Patterns.Base62),
            new[] { "JQQJ9" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
