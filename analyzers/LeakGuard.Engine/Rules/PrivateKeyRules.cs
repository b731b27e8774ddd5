using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PrivateKeyRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/azure/key-vault/certificates/about-certificates", "Certificates:PrivateKeyPath", "PRIVATE_KEY_PATH");

    // The whole block is the secret. Its body is base 64 over lines, possibly with "\n" escapes (JSON), the quotes and
    // '+' of a string literal per line (Java's and C#'s "…\n" + "…", Python's adjacent literals) and the
    // "Proc-Type:"/"DEK-Info:"/"Version:" headers of encrypted PEM and PGP keys; the headers are bounded so one
    // unterminated header cannot swallow a file. The body is not: a PGP key with RSA-4096 subkeys runs past 10,000
    // characters, and a bound that large is more than the non-backtracking engine builds.
    private const string Label = "(?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?";

    private const string Header = "(?:[A-Za-z-]{1,20}: [^\\r\\n\\\\]{1,100}(?:\\\\n|\\r?\\n))";

    // Each alternative is a key kind's fixed DER start, then its random rest: RSA in PKCS#8 ("IBADANBgkqhkiG9w0BAQEFAASC"),
    // RSA or DSA in PKCS#1 (version 0, then the modulus), EC in PKCS#8 (with and without the public key), EC in SEC1
    // (P-256 and secp256k1, P-384 and P-521), and Ed25519 or X25519 in PKCS#8. EC keys are also written in base 64 URL.
    private const string BareDer =
        "MII[A-Za-z0-9+/]{2}[AQgw]IBADANBgkqhkiG9w0BAQEFAASC[A-Za-z0-9+/]{100,}={0,2}"
        + "|MII[A-Za-z0-9+/]{2}[AQgw]IBAAK[BC][A-Za-z0-9+/]{100,}={0,2}"
        + "|MI[GH][A-Za-z0-9+/]AgEAMB[AM]GByqGSM49AgEG[A-Za-z0-9+/_-]{100,}={0,2}"
        + "|MEECAQAwEwYHKoZIzj0CAQYIKoZIzj0DAQcEJzAlAgEBBCA[A-Za-z0-9+/_-]{43}=?"
        + "|M(?:HcC|HQC)AQEEI[A-Za-z0-9+/_-]{100,}={0,2}"
        + "|MI[GH][A-Za-z0-9+/]AgEBB(?:DC|EI)[A-Za-z0-9+/_-]{100,}={0,2}"
        + "|MC4CAQAwBQYDK2V[uw]BCIEI[A-Za-z0-9+/_-]{43}=?";

    private static readonly string[] BareDerKeywords = { "IBADANBgkqhkiG9w0BAQEFAASC", "IBAAK", "AgEAMB", "AQEEI", "AgEBB", "MC4CAQAwBQYDK2V" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "private-key",
            "PEM",
            "Private key (PEM, OpenSSH or PGP block)",
            "-----BEGIN " + Label + "-----(?:\\\\n|\\s){0,8}" + Header + "{0,4}[A-Za-z0-9+/=\\s\\\\\"']{64,}-----END " + Label + "-----",
            new[] { "PRIVATE KEY" },
            Remediation)
        {
            MinEntropy = 4.5,
            SkipPlaceholders = false,
            MadeLocally = true,
            IsPlausible = PemKeyBody.StartsAsAKey,
        },

        // The same keys pasted as one base 64 string without the PEM lines, as payment SDKs (Alipay, WeChat Pay), JWT
        // setups and RSA.ImportPkcs8PrivateKey(Convert.FromBase64String(…)) take them. Their DER starts the same way in
        // every key of a kind, and never as a public key or a certificate does.
        new SecretRule(
            "private-key-base64",
            "PEM",
            "Private key as one base 64 string without the PEM lines (PKCS#8, PKCS#1 or SEC1 DER)",
            Patterns.Token(BareDer, Patterns.Base64 + "_-"),
            BareDerKeywords,
            Remediation)
        {
            MinEntropy = 4.5,
            SkipPlaceholders = false,
            MadeLocally = true,
        },
    };
}
