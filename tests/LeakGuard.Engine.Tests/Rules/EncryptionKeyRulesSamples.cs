using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class EncryptionKeyRulesSamples
{
    // Base 64 of 32 random bytes, as an AES-256 key is written.
    private static readonly string Base64Key = Convert.ToBase64String(Convert.FromHexString(FakeKey.Random(FakeKey.Hex, 64, 71)));

    private static readonly string TextKey = FakeKey.Random(FakeKey.Base62, 32, 72);

    // A Fernet key: URL-safe base 64 of 32 bytes.
    private static readonly string FernetKey = Base64Key.Replace('+', '-').Replace('/', '_');

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("encryption-key-literal", "a byte[] field made of base 64", $"public static class EncryptionHelper\n{{\n    // AES-256 key for the PII columns\n    private static readonly byte[] Key = Convert.FromBase64String(\"{Base64Key}\");\n}}", Base64Key)
        .FindsIn("encryption-key-literal", ".NET's aes.Key", $"using var aes = Aes.Create();\naes.Key = Encoding.UTF8.GetBytes(\"{TextKey}\");\n", TextKey)
        .FindsIn("encryption-key-literal", "Java's SecretKeySpec over a literal's bytes", $"SecretKeySpec spec = new SecretKeySpec(\"{TextKey}\".getBytes(StandardCharsets.UTF_8), \"AES\");", TextKey)
        .FindsIn("encryption-key-literal", "Java's SecretKeySpec over base 64", $"Key key = new SecretKeySpec(Base64.getDecoder().decode(\"{Base64Key}\"), \"AES\");", Base64Key)
        .FindsIn("encryption-key-literal", "Python's Fernet", $"cipher = Fernet(b\"{FernetKey}\")\n", FernetKey)
        .FindsIn("encryption-key-literal", "PyCryptodome's AES.new", $"cipher = AES.new(b'{TextKey}', AES.MODE_GCM)\n", TextKey)
        .FindsIn("encryption-key-literal", "Go's aes.NewCipher", $"block, err := aes.NewCipher([]byte(\"{TextKey}\"))\n", TextKey)
        .FindsIn("encryption-key-literal", "Node's createCipheriv", $"const cipher = crypto.createCipheriv('aes-256-cbc', '{TextKey}', iv);", TextKey)
        .FindsIn("encryption-key-literal", "PHP's openssl_encrypt", $"$encrypted = openssl_encrypt($data, 'aes-256-cbc', '{TextKey}', 0, $iv);", TextKey)
        .Ignores("encryption-key-literal", "the key from configuration", "aes.Key = Convert.FromBase64String(configuration[\"Encryption:Key\"]);\nconst cipher = crypto.createCipheriv('aes-256-cbc', process.env.ENCRYPTION_KEY, iv);\n")
        .Ignores("encryption-key-literal", "a public key's bytes", $"private static readonly byte[] PublicKey = Convert.FromBase64String(\"{Base64Key}\");")
        .Ignores("encryption-key-literal", "a test's key, named for it", "aes.Key = Encoding.UTF8.GetBytes(\"test-encryption-key-32-bytes-long\");");
}
