using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class EncryptionKeyRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/data-protection/introduction", "Encryption:Key", "ENCRYPTION_KEY")
    {
        Steps = new[]
        {
            "Treat everything encrypted with the key as readable by anyone with the repository: generate a new random key (openssl rand -base64 32), decrypt with the old key and encrypt again with the new one.",
            "Keep the key out of the code: a key vault or a KMS (Azure Key Vault, AWS KMS) in production, user secrets in development; in .NET, ASP.NET Core Data Protection manages and rotates keys for you.",
        },
    };

    private const string Quoted = "[\"'`](?<secret>[^\"'`\\r\\n]{16,200})[\"'`]";

    private const string Assign = "[ \\t]{0,3}=[ \\t\\r\\n]{0,20}";

    // The literal a cipher is keyed with: .NET's aes.Key = … (any object's Key made of a literal's bytes) and a byte[]
    // field named for a key and made of one; Java's new SecretKeySpec("…".getBytes(), "AES") or of Base64's
    // decode("…"); Python's AES.new(b"…"), Fernet(b"…"), AESGCM(b"…"); Go's aes.NewCipher([]byte("…")); Node's
    // createCipheriv("aes-256-gcm", "…"); PHP's openssl_encrypt($data, "aes-256-cbc", "…"). Whoever reads it decrypts
    // what the code encrypted (and forges what it authenticates), as SonarAnalyzer's S6418 warns. Every opening is a
    // literal (".Key", not the receiver's name), which the backtracking interpreter finds with a vectorized search.
    private const string Pattern =
        "(?i)\\.key" + Assign + Patterns.DotNetLiteralBytes
        + "|byte\\[\\][ \\t]{1,3}[a-z0-9_]{0,30}key(?:bytes)?" + Assign + Patterns.DotNetLiteralBytes
        + "|new[ \\t]{1,3}(?:javax\\.crypto\\.spec\\.)?secretkeyspec\\([ \\t]{0,5}(?:\"(?<secret>[^\"\\r\\n]{16,200})\"\\.getbytes|(?:java\\.util\\.)?base64\\.get(?:mime|url)?decoder\\(\\)\\.decode\\([ \\t]{0,5}\"(?<secret>[^\"\\r\\n]{16,200})\")"
        + "|(?:aes\\.new|fernet|aesgcm|aessiv|aesccm|chacha20poly1305)\\([ \\t]{0,5}b?" + Quoted
        + "|aes\\.newcipher\\([ \\t]{0,5}\\[\\]byte\\(" + Quoted
        + "|createcipheriv\\([ \\t]{0,5}[\"'`][a-z0-9-]{3,20}[\"'`][ \\t]{0,5},[ \\t]{0,5}(?:buffer\\.from\\([ \\t]{0,5})?" + Quoted
        + "|openssl_(?:en|de)crypt\\([^,\\r\\n]{1,80},[ \\t]{0,5}[\"'][a-z0-9-]{3,20}[\"'][ \\t]{0,5},[ \\t]{0,5}" + Quoted;

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "encryption-key-literal",
            "Generic",
            "String literal a cipher is keyed with (aes.Key, byte[] key fields, SecretKeySpec, AES.new, Fernet, createCipheriv, openssl_encrypt): a hard-coded encryption key",
            Pattern,
            new[] { ".key", "byte[]", "secretkeyspec", "aes", "fernet", "chacha20", "cipher", "openssl_" },
            Remediation)
        {
            MinEntropy = 3,
            IsPlausible = SigningKeyValue.IsPlausible,
            PublicNames = new[] { "public", "pubkey" },
            MadeLocally = true,
        },
    };
}
