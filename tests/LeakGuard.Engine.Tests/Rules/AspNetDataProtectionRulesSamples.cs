using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AspNetDataProtectionRulesSamples
{
    private static readonly string MasterKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 86, 1), "==");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("aspnet-data-protection-key", "a key ring file", KeyRingFile("<!-- Warning: the key below is in an unencrypted form. -->\n        <value>" + MasterKey + "</value>"), MasterKey)
        .FindsIn("aspnet-data-protection-key", "a key ring shown reformatted", KeyRingFile("<!--  Warning: the key below is in an unencrypted form.  -->\n        <value>\n          " + MasterKey + "\n        </value>"), MasterKey)
        .Ignores("aspnet-data-protection-key", "a key encrypted with a certificate", KeyRingFile("<encryptedSecret decryptorType=\"Microsoft.AspNetCore.DataProtection.XmlEncryption.EncryptedXmlDecryptor\">\n          <EncryptedData><CipherData><CipherValue>" + MasterKey + "</CipherValue></CipherData></EncryptedData>\n        </encryptedSecret>"));

    private static string KeyRingFile(string masterKey) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<key id=\"0b7a8c1e-5d2f-4c3a-9e6b-1f2d3c4b5a69\" version=\"1\">\n"
        + "  <creationDate>2026-01-05T10:00:00Z</creationDate>\n  <expirationDate>2026-04-05T10:00:00Z</expirationDate>\n"
        + "  <descriptor deserializerType=\"Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer\">\n"
        + "    <descriptor>\n      <encryption algorithm=\"AES_256_CBC\" />\n      <validation algorithm=\"HMACSHA256\" />\n"
        + "      <masterKey p4:requiresEncryption=\"true\" xmlns:p4=\"http://schemas.asp.net/2015/03/dataProtection\">\n        "
        + masterKey + "\n      </masterKey>\n    </descriptor>\n  </descriptor>\n</key>\n";
}
