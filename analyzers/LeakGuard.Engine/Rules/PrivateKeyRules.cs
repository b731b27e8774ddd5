using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PrivateKeyRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/azure/key-vault/certificates/about-certificates", "Certificates:PrivateKeyPath", "PRIVATE_KEY_PATH");

    // The whole block is the secret. Its body is base 64 over lines, possibly with "\n" escapes (JSON) and the
    // "Proc-Type:"/"DEK-Info:"/"Version:" headers of encrypted PEM and PGP keys; the headers are bounded so one
    // unterminated header cannot swallow a file. The body is not: a PGP key with RSA-4096 subkeys runs past 10,000
    // characters, and a bound that large is more than the non-backtracking engine builds.
    private const string Label = "(?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?";

    private const string Header = "(?:[A-Za-z-]{1,20}: [^\\r\\n\\\\]{1,100}(?:\\\\n|\\r?\\n))";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "private-key",
            "PEM",
            "Private key (PEM, OpenSSH or PGP block)",
            "-----BEGIN " + Label + "-----(?:\\\\n|\\s){0,8}" + Header + "{0,4}[A-Za-z0-9+/=\\s\\\\]{64,}-----END " + Label + "-----",
            new[] { "PRIVATE KEY" },
            Remediation)
        {
            MinEntropy = 4.5,
            SkipPlaceholders = false,
        },
    };
}
