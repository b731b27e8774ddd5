using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class Pkcs12RulesSamples
{
    private static readonly string Pfx = Convert.ToBase64String(TestCertificates.PfxWithKey());

    private static readonly string TrustStore = Convert.ToBase64String(TestCertificates.TrustStore());

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("pkcs12-base64", "a signing certificate in appsettings.json", $"\"IdentityServer\": {{\n  \"SigningCertificate\": \"{Pfx}\",\n  \"SigningCertificatePassword\": \"dev-only\"\n}}", Pfx)
        .FindsIn("pkcs12-base64", "a test constant loaded into X509Certificate2", $"public const string CertificateWithPrivateKey = @\"{Pfx}\";", Pfx)
        .Ignores("pkcs12-base64", "a trust store: certificates without a key", $"\"TrustedRoots\": \"{TrustStore}\"")
        .Ignores("pkcs12-base64", "cut short", $"value: {Pfx[..400]}");
}
