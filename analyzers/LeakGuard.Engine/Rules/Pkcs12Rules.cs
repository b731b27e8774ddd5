using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class Pkcs12Rules
{
    // A PKCS#12 file (.pfx) in base 64, as settings and tests hold a certificate with its key ("Certificate": "MII…",
    // X509Certificate2(Convert.FromBase64String("MII…"), password)): "MII", the outer length, then INTEGER 3 and the
    // authenticated safe ("IBAzCC"). The decoded bytes must be a PKCS#12 that holds a key bag, as for .pfx files.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "pkcs12-base64",
            "PKCS#12",
            "Certificate with its private key, as a PKCS#12 (.pfx) in base 64",
            Patterns.Token("MII[A-Za-z0-9+/]{3}IBAzCC[A-Za-z0-9+/]{200,}={0,2}", Patterns.Base64),
            new[] { "IBAzCC" },
            KeyFiles.Pkcs12.Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 4,
            Validator = HoldsAKey,
            MadeLocally = true,
        },
    };

    private static bool HoldsAKey(string value)
    {
        try
        {
            return KeyFiles.Identify(Convert.FromBase64String(value)) == KeyFiles.Pkcs12;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
