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

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }
}
