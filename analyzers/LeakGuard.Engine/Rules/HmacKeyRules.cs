using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HmacKeyRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "Hmac:Key", "HMAC_KEY")
    {
        Steps = new[]
        {
            "Generate a new random key of at least 32 bytes (openssl rand -base64 32) and sign and verify with it: whoever has the old key can forge any signature the code checks (webhooks, tokens, signed links).",
            "Keep the key out of the repository: user secrets in development, an environment variable or a key vault in production, read through configuration (Hmac:Key).",
        },
    };

    private const string Algorithm = "hmac(?:sha(?:1|256|384|512|3_256|3_384|3_512)|md5)";

    // The literal an HMAC is keyed with has no format, but the call says what it is: .NET's new HMACSHA256(…) and
    // HMACSHA256.HashData(…), a field named for the key and made of a literal's bytes, Node's
    // crypto.createHmac("sha256", "…"), Python's hmac.new(b"…", …). It signs webhooks, tokens and links, and whoever
    // reads it can forge them.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "hmac-key-literal",
            "HMAC",
            "String literal an HMAC is keyed with: a hard-coded signing key",
            "(?i)new[ \\t]{1,3}(?:system\\.security\\.cryptography\\.)?" + Algorithm + "\\([ \\t\\r\\n]{0,20}" + Patterns.DotNetLiteralBytes
            + "|" + Algorithm + "\\.hashdata\\([ \\t\\r\\n]{0,20}" + Patterns.DotNetLiteralBytes
            + "|hmac[a-z0-9_]{0,20}(?:key|secret)(?:bytes)?[ \\t]{0,3}=[ \\t]{0,3}" + Patterns.DotNetLiteralBytes
            + "|createhmac\\([ \\t]{0,5}[\"'`][a-z0-9-]{2,12}[\"'`][ \\t]{0,5},[ \\t]{0,5}[\"'`](?<secret>[^\"'`\\r\\n]{16,200})[\"'`]"
            + "|hmac\\.new\\([ \\t]{0,5}b?[\"'](?<secret>[^\"'\\r\\n]{16,200})[\"']",
            new[] { "hmac" },
            Remediation)
        {
            MinEntropy = 3,
            IsPlausible = SigningKeyValue.IsPlausible,
            MadeLocally = true,
        },
    };
}
