using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RsaKeyValueRulesSamples
{
    private static readonly string Modulus = FakeKey.Random(FakeKey.Base64, 342, 1) + "==";

    private static readonly string PrivateExponent = FakeKey.Random(FakeKey.Base64, 342, 2) + "==";

    private static readonly string PrivateKeyXml = FakeKey.Of(
        "<RSAKeyValue><Modulus>", Modulus, "</Modulus><Exponent>AQAB</Exponent>",
        "<P>", FakeKey.Random(FakeKey.Base64, 170, 3), "==</P><Q>", FakeKey.Random(FakeKey.Base64, 170, 4), "==</Q>",
        "<DP>", FakeKey.Random(FakeKey.Base64, 170, 5), "==</DP><DQ>", FakeKey.Random(FakeKey.Base64, 170, 6), "==</DQ>",
        "<InverseQ>", FakeKey.Random(FakeKey.Base64, 170, 7), "==</InverseQ><D>", PrivateExponent, "</D></RSAKeyValue>");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("rsa-key-value-private-key", "RSA.ToXmlString(true) in a C# string", $"var privateKey = \"{PrivateKeyXml}\";\nrsa.FromXmlString(privateKey);", PrivateExponent)
        .FindsIn("rsa-key-value-private-key", "an indented key file", $"<RSAKeyValue>\n  <Modulus>{Modulus}</Modulus>\n  <Exponent>AQAB</Exponent>\n  <D>\n    {PrivateExponent}\n  </D>\n</RSAKeyValue>\n", PrivateExponent)
        .Ignores("rsa-key-value-private-key", "the public key (ToXmlString(false))", $"value: <RSAKeyValue><Modulus>{Modulus}</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>")
        .Ignores("rsa-key-value-private-key", "a <D> element of another document", $"<Row><D>{PrivateExponent}</D><E>1</E></Row>");
}
