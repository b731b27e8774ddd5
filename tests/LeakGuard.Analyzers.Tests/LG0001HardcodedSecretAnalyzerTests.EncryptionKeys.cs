using System;
using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>
/// An encryption key, and a secret given as the default of its environment variable, have no format: the code around
/// the literal tells them apart, as the command line reads it. These run the built-in rules.
/// </summary>
public partial class LG0001HardcodedSecretAnalyzerTests
{
    private static readonly string AesKey = Convert.ToBase64String(Convert.FromHexString(FakeKey.Random(FakeKey.Hex, 64, 91)));

    private static readonly string DefaultSecret = FakeKey.Random(FakeKey.Base62, 40, 92);

    [Fact]
    public async Task Reports_the_base64_literal_an_aes_key_field_is_made_of()
    {
        await AnalyzerTest.ForMembers(
            "// AES-256 key for the PII columns\n    private static readonly byte[] Key = System.Convert.FromBase64String(\"{|LG0001:@@|}\");",
            AesKey).RunAsync();
    }

    [Fact]
    public async Task Reports_the_literal_an_aes_instance_is_keyed_with()
    {
        await AnalyzerTest.ForMembers(
            "static byte[] Encrypt(byte[] data)\n    {\n        using var aes = System.Security.Cryptography.Aes.Create();\n        aes.Key = System.Text.Encoding.UTF8.GetBytes(\"{|LG0001:@@|}\");\n        return aes.EncryptCbc(data, new byte[16]);\n    }",
            FakeKey.Random(FakeKey.Base62, 32, 93)).RunAsync();
    }

    [Fact]
    public async Task Does_not_report_a_public_key_field()
    {
        await AnalyzerTest.ForMembers(
            "private static readonly byte[] PublicKey = System.Convert.FromBase64String(\"@@\");",
            AesKey).RunAsync();
    }

    [Fact]
    public async Task Reports_a_secret_given_as_the_default_of_its_environment_variable()
    {
        await AnalyzerTest.ForMembers(
            "private static readonly string ApiToken = System.Environment.GetEnvironmentVariable(\"API_TOKEN\") ?? \"{|LG0001:@@|}\";",
            DefaultSecret).RunAsync();
    }
}
