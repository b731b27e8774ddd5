using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>Passwords handed to sign-in calls: shorter than any key, told apart by the call. These run the built-in rules.</summary>
public partial class LG0001HardcodedSecretAnalyzerTests
{
    private static readonly string AccountPassword = FakeKey.Random(FakeKey.Base62, 10, 61);

    private static readonly string AppPassword = FakeKey.Random("abcdefghijklmnopqrstuvwxyz", 16, 62);

    [Fact]
    public async Task Reports_a_password_handed_to_NetworkCredential()
    {
        await AnalyzerTest.ForMembers("System.Net.ICredentials Credentials = new System.Net.NetworkCredential(\"alerts@contoso.com\", \"{|LG0001:@@|}\");", AccountPassword).RunAsync();
    }

    [Fact]
    public async Task Reports_a_password_handed_to_X509Certificate2()
    {
        await AnalyzerTest.ForMembers(
            "System.Security.Cryptography.X509Certificates.X509Certificate2 Load(string path) =>\n        new System.Security.Cryptography.X509Certificates.X509Certificate2(\n            path,\n            \"{|LG0001:@@|}\");",
            FakeKey.Of("Xq6b", "OjSz", FakeKey.Random(FakeKey.Base62, 6, 66), "$7")).RunAsync();
    }

    [Fact]
    public async Task Reports_a_JWT_signing_key_written_as_a_UTF8_literal()
    {
        await AnalyzerTest.ForMembers(
            "// Signs the gateway's JWTs.\n    static System.ReadOnlySpan<byte> SigningKeyBytes => \"{|LG0001:@@|}\"u8;",
            FakeKey.Random(FakeKey.Base62, 48, 67)).RunAsync();
    }

    [Fact]
    public async Task Reports_a_Gmail_app_password()
    {
        await AnalyzerTest.ForMembers("System.Net.ICredentials Credentials = new System.Net.NetworkCredential(\"alerts.contoso@gmail.com\", \"{|LG0001:@@|}\");", AppPassword).RunAsync();
    }

    [Fact]
    public async Task Reports_an_API_key_added_as_a_request_header()
    {
        await AnalyzerTest.ForMembers(
            "void Configure(System.Net.Http.HttpClient client) => client.DefaultRequestHeaders.Add(\"X-Api-Key\", \"{|LG0001:@@|}\");",
            FakeKey.Random(FakeKey.Base62, 32, 63)).RunAsync();
    }

    [Fact]
    public async Task Reports_the_key_in_an_Azure_function_URL()
    {
        await AnalyzerTest.ForMembers(
            "static readonly System.Uri OrdersFunction = new(\"https://contoso-orders.azurewebsites.net/api/ProcessOrder?code={|LG0001:@@|}\");",
            FakeKey.Of(FakeKey.Random(FakeKey.Base64, 54, 64), "%3D%3D")).RunAsync();
    }

    [Fact]
    public async Task Reports_a_client_secret_written_into_IdentityServer_configuration()
    {
        var test = AnalyzerTest.ForMembers(
            "static object Client() => new { ClientId = \"settlement\", ClientSecrets = new[] { new Secret(\"{|LG0001:@@|}\".Sha256()) } };",
            FakeKey.Of("XJw", FakeKey.Random(FakeKey.UrlSafe, 32, 64), "r6R"));
        test.TestState.Sources.Add(("IdentityServer.cs", "public sealed class Secret { public Secret(string value) { } }\npublic static class HashExtensions { public static string Sha256(this string value) => value; }"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_a_password_assigned_to_a_password_property()
    {
        await AnalyzerTest.ForMembers(
            "public string DbPassword { get; set; } = \"{|LG0001:@@|}\";\n    private const string SmtpPwd = @\"{|LG0001:@@|}\";",
            FakeKey.Of("Harbor", "!", FakeKey.Random(TestKeys.Digits, 4, 65), "xq")).RunAsync();
    }

    [Fact]
    public async Task Does_not_report_a_password_property_given_a_word_or_a_placeholder()
    {
        await AnalyzerTest.ForMembers("public string DbPassword { get; set; } = \"Passwort\";\n    public string AdminPassword { get; set; } = \"${ADMIN_PASSWORD}\";", string.Empty).RunAsync();
    }

    [Fact]
    public async Task Does_not_report_a_short_literal_that_nothing_calls_a_password()
    {
        await AnalyzerTest.ForMembers("string Label = \"@@\";\n    string Other = \"@@\";", AccountPassword).RunAsync();
    }
}
