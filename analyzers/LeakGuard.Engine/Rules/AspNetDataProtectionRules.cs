using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AspNetDataProtectionRules
{
    private static readonly Remediation Remediation = new(
        "https://learn.microsoft.com/aspnet/core/security/data-protection/implementation/key-encryption-at-rest",
        "DataProtection:KeysPath",
        "DATAPROTECTION_KEYS_PATH")
    {
        Steps = new[]
        {
            "Revoke the key (IKeyManager.RevokeAllKeys, or a revocation element in the key ring) and let the application create a new one: whoever has it decrypts and forges authentication cookies, antiforgery tokens and anything else the application protects.",
            "Keep the key ring out of the repository, and encrypt it at rest (ProtectKeysWithAzureKeyVault, ProtectKeysWithCertificate, or DPAPI on Windows).",
        },
    };

    // A key of ASP.NET Core's key ring (key-{guid}.xml) that the application stored without a key encryptor: the
    // framework itself writes the warning above its master key.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "aspnet-data-protection-key",
            "ASP.NET Core",
            "ASP.NET Core Data Protection master key stored unencrypted",
            "<!--[ \\t]{1,3}Warning: the key below is in an unencrypted form\\.[ \\t]{0,3}-->\\s{0,40}<value>\\s{0,20}(?<secret>[A-Za-z0-9+/]{40,200}={0,2})\\s{0,20}</value>",
            new[] { "unencrypted form" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
