using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>
/// An HMAC key, like a JWT signing key, has no format: the call the literal is handed to tells it apart, as the command
/// line reads it. These run the built-in rules.
/// </summary>
public partial class LG0001HardcodedSecretAnalyzerTests
{
    private static readonly string WebhookKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 20, 81), "+", FakeKey.Random(FakeKey.UrlSafe, 19, 82));

    [Fact]
    public async Task Reports_the_literal_an_hmac_is_keyed_with()
    {
        await AnalyzerTest.ForMembers(
            "static byte[] Sign(byte[] body)\n    {\n        using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(\"{|LG0001:@@|}\"));\n        return hmac.ComputeHash(body);\n    }",
            WebhookKey).RunAsync();
    }

    [Fact]
    public async Task Reports_a_field_of_the_key_bytes_an_hmac_signs_with()
    {
        await AnalyzerTest.ForMembers(
            "private static readonly byte[] HmacKey = System.Text.Encoding.UTF8.GetBytes(\"{|LG0001:@@|}\");",
            WebhookKey).RunAsync();
    }

    [Fact]
    public async Task Does_not_report_a_message_an_hmac_signs()
    {
        await AnalyzerTest.ForMembers(
            "static byte[] Sign(byte[] key)\n    {\n        using var hmac = new System.Security.Cryptography.HMACSHA256(key);\n        return hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes(\"@@\"));\n    }",
            WebhookKey).RunAsync();
    }
}
