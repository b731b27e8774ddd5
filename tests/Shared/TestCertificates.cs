using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LeakGuard.Tests;

/// <summary>Real PKCS#12 files, made at run time as an ASP.NET developer would make them: no key material in source.</summary>
internal static class TestCertificates
{
    /// <summary>A self-signed certificate with its RSA private key, exported as a .pfx (with a password, or none).</summary>
    public static byte[] PfxWithKey(string? password = "dev-only")
    {
        using var certificate = SelfSigned();
        return certificate.Export(X509ContentType.Pfx, password);
    }

    /// <summary>A PKCS#12 trust store: the certificate alone, no private key.</summary>
    public static byte[] TrustStore()
    {
        using var withKey = SelfSigned();
        using var publicOnly = X509CertificateLoader.LoadCertificate(withKey.RawData);
        return new X509Certificate2Collection(publicOnly).Export(X509ContentType.Pkcs12)!;
    }

    /// <summary>
    /// A Java keystore as keytool writes one (version 2): a trusted certificate, then when asked a private key entry
    /// (JKS) or a secret key entry (JCEKS). The key bytes stand for keytool's encrypted key: random, as encrypted bytes are.
    /// </summary>
    public static byte[] JavaKeyStore(bool withKey, bool jceks = false)
    {
        using var certificate = SelfSigned();
        using var stream = new System.IO.MemoryStream();
        using (var writer = new System.IO.BinaryWriter(stream))
        {
            void Int(int value) => writer.Write(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value));
            void Utf(string text)
            {
                writer.Write(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((ushort)text.Length));
                writer.Write(System.Text.Encoding.ASCII.GetBytes(text));
            }

            void Bytes(byte[] bytes)
            {
                Int(bytes.Length);
                writer.Write(bytes);
            }

            Int(jceks ? unchecked((int)0xCECECECE) : unchecked((int)0xFEEDFEED));
            Int(2);
            Int(withKey ? 2 : 1);
            Int(2);
            Utf("ca");
            writer.Write(0L);
            Utf("X.509");
            Bytes(certificate.RawData);
            if (withKey && !jceks)
            {
                Int(1);
                Utf("release");
                writer.Write(0L);
                Bytes(RandomNumberGenerator.GetBytes(1232));
                Int(1);
                Utf("X.509");
                Bytes(certificate.RawData);
            }
            else if (withKey)
            {
                Int(3);
                Utf("secret");
                writer.Write(0L);
                writer.Write(new byte[] { 0xAC, 0xED, 0x00, 0x05 });
                writer.Write(RandomNumberGenerator.GetBytes(300));
            }

            writer.Write(RandomNumberGenerator.GetBytes(20));
        }

        return stream.ToArray();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }
}
