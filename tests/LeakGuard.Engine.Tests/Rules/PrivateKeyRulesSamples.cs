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

    // A PGP secret key with an RSA-4096 primary key and two RSA-4096 subkeys is about 10,600 characters armored.
    private static readonly string LongPgpKey = FakeKey.Of(
        "-----", "BEGIN PGP PRIVATE KEY BLOCK-----\n\n", string.Concat(Enumerable.Range(0, 165).Select(i => FakeKey.Random(FakeKey.Base64, 64, 100 + i) + "\n")),
        "=", FakeKey.Random(FakeKey.Base64, 4, 99), "\n-----END PGP PRIVATE KEY BLOCK-----");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("private-key", "RSA key file", $"{TestKeys.PrivateKey()}\n", TestKeys.PrivateKey())
        .FindsIn("private-key", "PKCS#8 key in JSON", $"{{ \"type\": \"service_account\", \"private_key\": \"{TestKeys.PrivateKey("PRIVATE KEY", "\\n", 2)}\" }}", TestKeys.PrivateKey("PRIVATE KEY", "\\n", 2))
        .FindsIn("private-key", "OpenSSH key in YAML", $"ssh_key: |\n{TestKeys.PrivateKey("OPENSSH PRIVATE KEY", "\n", 3)}\n", TestKeys.PrivateKey("OPENSSH PRIVATE KEY", "\n", 3))
        .FindsIn("private-key", "encrypted PEM with headers", EncryptedKey, EncryptedKey)
        .FindsIn("private-key", "PGP key longer than 8,192 characters", $"{LongPgpKey}\n", LongPgpKey)
        .Ignores("private-key", "header and footer only", "-----" + "BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")
        .Ignores("private-key", "public key", TestKeys.PrivateKey("PUBLIC KEY"))
        .Ignores("private-key", "low-entropy body", "-----" + "BEGIN PRIVATE KEY-----\n" + new string('X', 600) + "\n-----END PRIVATE KEY-----")
        .Ignores("private-key", "no end line", TestKeys.PrivateKey()[..^32]);
}
