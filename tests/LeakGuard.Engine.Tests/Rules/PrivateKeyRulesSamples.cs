using System;
using System.Linq;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PrivateKeyRulesSamples
{
    private static readonly string EncryptedKey = FakeKey.Of(
        "-----", "BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,", FakeKey.Random(FakeKey.Hex, 32).ToUpperInvariant(), "\n\n",
        FakeKey.Random(FakeKey.Base64, 64, 9), "\n", FakeKey.Random(FakeKey.Base64, 64, 10), "\n-----END RSA PRIVATE KEY-----");

    // A key kept in code as one string literal per line: Java's and C#'s "…\n" + "…", Python's adjacent literals.
    private static readonly string JavaLines = TestKeys.PrivateKey("RSA PRIVATE KEY", "\\n\"\n        + \"", 4);

    private static readonly string PythonLines = TestKeys.PrivateKey("PRIVATE KEY", "\\n\"\n    \"", 5);

    // A PGP secret key with an RSA-4096 primary key and two RSA-4096 subkeys is about 10,600 characters armored.
    private static readonly string LongPgpKey = FakeKey.Of(
        "-----", "BEGIN PGP PRIVATE KEY BLOCK-----\n\n", string.Concat(Enumerable.Range(0, 165).Select(i => FakeKey.Random(FakeKey.Base64, 64, 100 + i) + "\n")),
        "=", FakeKey.Random(FakeKey.Base64, 4, 99), "\n-----END PGP PRIVATE KEY BLOCK-----");

    // Keys as one base 64 string: each kind's fixed DER start (split, so this file holds no key-shaped literal), then
    // random base 64 of the kind's length.
    private static readonly string RsaPkcs8 = FakeKey.Of("MIIEvQIBADANBgkqh", "kiG9w0BAQEFAASC", FakeKey.Random(FakeKey.Base64, 1588, 21));

    private static readonly string RsaPkcs1 = FakeKey.Of("MIIEowIB", "AAKCAQEA", FakeKey.Random(FakeKey.Base64, 1576, 22));

    private static readonly string EcPkcs8 = FakeKey.Of("MIGHAgEAMBMGByqGSM49AgEG", "CCqGSM49AwEHBG0wawIBAQQg", FakeKey.Random(FakeKey.Base64, 136, 23));

    private static readonly string EcSec1 = FakeKey.Of("MHcCAQ", "EEI", FakeKey.Random(FakeKey.Base64, 155, 24));

    private static readonly string Ed25519 = FakeKey.Of("MC4CAQAwBQYD", "K2VwBCIEI", FakeKey.Random(FakeKey.UrlSafe, 43, 25));

    private static readonly string RsaPublicKey = FakeKey.Of("MIIBIjANBgkqh", "kiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", FakeKey.Random(FakeKey.Base64, 348, 26));

    private static readonly string EcPublicKey = FakeKey.Of("MFkwEwYHKoZIzj0C", "AQYIKoZIzj0DAQcDQgAE", FakeKey.Random(FakeKey.Base64, 88, 27));

    // The ES256 example key of jwt.io, which JWT libraries' tests and samples copy.
    private static readonly string JwtIoExampleKey = FakeKey.Of(
        "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgevZzL1gdAFr8",
        "8hb2OF/2NxApJCzGCEDdfSp6VQO30hyhRANCAAQRWz+jn65BtOMvdyHKcvjB",
        "eBSDZH2r1RTwjmYSi9R/zpBnuQ4EiMnCqfMPWiZqB4QdbAd0E7oH50VpuZ1P087G");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("private-key-base64", "an Alipay merchant key in Java", $"public static String merchant_private_key = \"{RsaPkcs8}\";", RsaPkcs8)
        .FindsIn("private-key-base64", "RSA in PKCS#1 for ImportRSAPrivateKey", $"rsa.ImportRSAPrivateKey(Convert.FromBase64String(\"{RsaPkcs1}\"), out _);", RsaPkcs1)
        .FindsIn("private-key-base64", "an ES256 signing key in C#", $"var privateKey = \"{EcPkcs8}\";", EcPkcs8)
        .FindsIn("private-key-base64", "an EC key in SEC1 in a .env", $"JWT_PRIVATE_KEY={EcSec1}\n", EcSec1)
        .FindsIn("private-key-base64", "an Ed25519 key in base 64 URL", $"{{ \"signingKey\": \"{Ed25519}\" }}", Ed25519)
        .Ignores("private-key-base64", "an RSA public key beside it", $"value: \"{RsaPublicKey}\"")
        .Ignores("private-key-base64", "an EC public key", $"value: \"{EcPublicKey}\"")
        .Ignores("private-key-base64", "a key cut to its first 64 characters", $"value: \"{RsaPkcs8[..64]}\"")
        .Ignores("private-key-base64", "jwt.io's published example key", $"value: \"{JwtIoExampleKey}\"")
        .FindsIn("private-key", "a PEM block's lines are the PEM rule's", $"{{ \"key\": \"-----BEGIN PRIVATE KEY-----\\n{string.Join("\\n", RsaPkcs8.Chunk(64).Select(chunk => new string(chunk)))}\\n-----END PRIVATE KEY-----\" }}", $"-----BEGIN PRIVATE KEY-----\\n{string.Join("\\n", RsaPkcs8.Chunk(64).Select(chunk => new string(chunk)))}\\n-----END PRIVATE KEY-----")
        .FindsIn("private-key", "RSA key file", $"{TestKeys.PrivateKey()}\n", TestKeys.PrivateKey())
        .FindsIn("private-key", "PKCS#8 key in JSON", $"{{ \"type\": \"service_account\", \"private_key\": \"{TestKeys.PrivateKey("PRIVATE KEY", "\\n", 2)}\" }}", TestKeys.PrivateKey("PRIVATE KEY", "\\n", 2))
        .FindsIn("private-key", "OpenSSH key in YAML", $"ssh_key: |\n{TestKeys.PrivateKey("OPENSSH PRIVATE KEY", "\n", 3)}\n", TestKeys.PrivateKey("OPENSSH PRIVATE KEY", "\n", 3))
        .FindsIn("private-key", "a Java string literal per line, joined with +", $"private static final String SIGNING_KEY =\n        \"{JavaLines}\";\n", JavaLines)
        .FindsIn("private-key", "Python's adjacent string literals", $"KEY = (\n    \"{PythonLines}\"\n)\n", PythonLines)
        .FindsIn("private-key", "encrypted PEM with headers", EncryptedKey, EncryptedKey)
        .FindsIn("private-key", "PGP key longer than 8,192 characters", $"{LongPgpKey}\n", LongPgpKey)
        .Ignores("private-key", "a README's made-up body that starts as no key does", $"const privateKey = \"-----BEGIN PRIVATE KEY-----\\nd{FakeKey.Random(FakeKey.Base64, 70, 31)}\\n-----END PRIVATE KEY-----\"")
        .Ignores("private-key", "an OpenSSH block whose body is not OpenSSH's", $"-----BEGIN OPENSSH PRIVATE KEY-----\n{FakeKey.Random(FakeKey.Base64, 64, 32)}\n{FakeKey.Random(FakeKey.Base64, 64, 33)}\n-----END OPENSSH PRIVATE KEY-----")
        .Ignores("private-key", "header and footer only", "-----" + "BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")
        .Ignores("private-key", "public key", TestKeys.PrivateKey("PUBLIC KEY"))
        .Ignores("private-key", "low-entropy body", "-----" + "BEGIN PRIVATE KEY-----\n" + new string('X', 600) + "\n-----END PRIVATE KEY-----")
        .Ignores("private-key", "no end line", TestKeys.PrivateKey()[..^32]);
}
