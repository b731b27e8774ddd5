using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RsaKeyValueRules
{
    private static readonly Remediation Remediation = new(
        "https://learn.microsoft.com/dotnet/standard/security/how-to-store-asymmetric-keys-in-a-key-container",
        "Signing:RsaPrivateKeyXml",
        "RSA_PRIVATE_KEY_XML")
    {
        Steps = new[]
        {
            "Make a new key pair and give its public half to whoever checks signatures or encrypts to it (licence checks, token validation): the old private key lets anyone sign or decrypt as you.",
            "Load the private key at run time from a key vault, a certificate store or a protected file, not from a string in the code.",
        },
    };

    // .NET's RSA.ToXmlString(true) writes <Modulus>, <Exponent>, <P>, <Q>, <DP>, <DQ>, <InverseQ>, then the private
    // exponent <D>, last before </RSAKeyValue>; ToXmlString(false), the public key, stops after <Exponent>. <D> alone is
    // an unrelated element, so one of its neighbours must frame it.
    private const string PrivateExponent = "<D>[ \\t\\r\\n]{0,20}(?<secret>[A-Za-z0-9+/]{40,1400}={0,2})[ \\t\\r\\n]{0,20}</D>";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rsa-key-value-private-key",
            ".NET",
            "RSA private key in .NET's XML format (the <D> of an <RSAKeyValue>, as RSA.ToXmlString(true) writes it)",
            $"</InverseQ>[ \\t\\r\\n]{{0,8}}{PrivateExponent}|{PrivateExponent}[ \\t\\r\\n]{{0,8}}</RSAKeyValue>",
            new[] { "<D>" },
            Remediation)
        {
            MinEntropy = 4.5,
            SkipPlaceholders = false,
            MadeLocally = true,
        },
    };
}
