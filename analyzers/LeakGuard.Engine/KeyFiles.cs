using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace LeakGuard.Engine;

/// <summary>
/// Files that are a private key whole, in a binary format no text rule can read, recognised by their bytes whatever
/// their name: PKCS#12 (.pfx, .p12), a certificate with its private key, as ASP.NET Core's Kestrel and code signing use
/// them (a DER sequence of version 3 whose content is PKCS#7 data and which holds a key bag); and Java keystores (JKS,
/// JCEKS: .jks, .keystore, as Android and .NET MAUI apps are signed with) holding a private or secret key entry. Files
/// of certificates alone (trust stores) are not secrets and are not reported.
/// </summary>
/// <remarks>
/// Key-file rules match bytes, not text: their pattern is empty and no text scanner runs them. The secret a report shows
/// for one is the SHA-256 of the file, so that findings, fingerprints and baselines tell files apart and no report
/// holds any of the key.
/// </remarks>
public static class KeyFiles
{
    /// <summary>INTEGER 3 (the PKCS#12 version) and the start of the authenticated safe's SEQUENCE.</summary>
    private static readonly byte[] Version3 = { 0x02, 0x01, 0x03, 0x30 };

    /// <summary>OID 1.2.840.113549.1.7.1, PKCS#7 data: the authenticated safe of a password-protected file.</summary>
    private static readonly byte[] Pkcs7Data = { 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01 };

    /// <summary>OIDs 1.2.840.113549.1.12.10.1.1 and .2, keyBag and pkcs8ShroudedKeyBag, without their last byte.</summary>
    private static readonly byte[] KeyBagPrefix = { 0x06, 0x0B, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01 };

    public static SecretRule Pkcs12 { get; } = new(
        "pkcs12-file",
        "PKCS#12",
        "Certificate with its private key in a PKCS#12 file (.pfx, .p12)",
        string.Empty,
        Array.Empty<string>(),
        new Remediation(
            "https://learn.microsoft.com/aspnet/core/security/authentication/certauth",
            "Kestrel:Certificates:Default:Path",
            "ASPNETCORE_Kestrel__Certificates__Default__Path"))
    {
        Confidence = Confidence.Medium,
        MadeLocally = true,
    };

    public static SecretRule JavaKeyStore { get; } = new(
        "java-keystore-file",
        "Java",
        "Java keystore (JKS, JCEKS) holding a private or secret key",
        string.Empty,
        Array.Empty<string>(),
        new Remediation(
            "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
            "AndroidSigning:KeyStore",
            "ANDROID_SIGNING_KEY_STORE"))
    {
        Confidence = Confidence.Medium,
        MadeLocally = true,
    };

    public static IReadOnlyList<SecretRule> All { get; } = new[] { Pkcs12, JavaKeyStore };

    /// <summary>The rule of the key file <paramref name="content"/> is, or null when it is none.</summary>
    public static SecretRule? Identify(ReadOnlySpan<byte> content) =>
        IsPkcs12(content) && HoldsKeyBag(content) ? Pkcs12
        : JavaKeyStoreEntries.HoldsKey(content) ? JavaKeyStore
        : null;

    /// <summary>What a report shows as the secret of a key file: its SHA-256, in hex.</summary>
    public static string SecretOf(ReadOnlySpan<byte> content)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(content.ToArray());
        var text = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static bool IsPkcs12(ReadOnlySpan<byte> content)
    {
        if (content.Length < 64 || content[0] != 0x30)
        {
            return false;
        }

        // The outer length: one byte below 0x80, 0x80 for BER's indefinite form, else 0x8n and n bytes.
        var lengthBytes = content[1] <= 0x80 ? 1 : 1 + (content[1] & 0x7F);
        if (lengthBytes > 5)
        {
            return false;
        }

        var rest = content.Slice(1 + lengthBytes);
        return rest.StartsWith(Version3) && rest.Slice(0, Math.Min(rest.Length, 32)).IndexOf(Pkcs7Data) >= 0;
    }

    private static bool HoldsKeyBag(ReadOnlySpan<byte> content)
    {
        for (var at = content.IndexOf(KeyBagPrefix); at >= 0;)
        {
            var next = at + KeyBagPrefix.Length;
            if (next < content.Length && content[next] is 0x01 or 0x02)
            {
                return true;
            }

            var further = content.Slice(next).IndexOf(KeyBagPrefix);
            at = further < 0 ? -1 : next + further;
        }

        return false;
    }
}
