using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>
/// A JWT signing key has no format: the code around the literal tells it apart, as the command line reads it. These run
/// the built-in rules.
/// </summary>
public partial class LG0001HardcodedSecretAnalyzerTests
{
    private static readonly string Passphrase = FakeKey.Of("mysuper", "secret_", "signingkey!", FakeKey.Random(FakeKey.Hex, 4, 21));

    private static readonly string Sentence = FakeKey.Of("a long ", "sentence the ", "team signs ", "tokens with ", FakeKey.Random(FakeKey.Hex, 6, 22));

    /// <summary>The Microsoft.IdentityModel.Tokens types the snippets use, in a file of their own.</summary>
    private const string IdentityModel = """
        class SymmetricSecurityKey
        {
            public SymmetricSecurityKey(byte[] key) { }
        }

        class TokenValidationParameters
        {
            public string ValidIssuer { get; set; } = "";
            public SymmetricSecurityKey? IssuerSigningKey { get; set; }
        }
        """;

    [Fact]
    public async Task Reports_a_signing_key_kept_in_a_constant_the_key_is_made_of()
    {
        await WithIdentityModel(
            "const string ISSUER = \"MyAuthServer\";\n    const string KEY = \"{|LG0001:@@|}\";\n    public static SymmetricSecurityKey GetSymmetricSecurityKey() => new SymmetricSecurityKey(System.Text.Encoding.ASCII.GetBytes(KEY));",
            Passphrase).RunAsync();
    }

    [Fact]
    public async Task Reports_a_signing_key_written_as_a_sentence_and_not_the_issuer_beside_it()
    {
        await WithIdentityModel(
            "TokenValidationParameters Parameters = new TokenValidationParameters\n    {\n        ValidIssuer = \"ContosoIdentityIssuer2024\",\n        IssuerSigningKey = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(\"{|LG0001:@@|}\")),\n    };",
            Sentence).RunAsync();
    }

    [Fact]
    public async Task Reports_a_weak_signing_key_a_person_typed_into_the_call()
    {
        await WithIdentityModel(
            "TokenValidationParameters Parameters = new TokenValidationParameters\n    {\n        IssuerSigningKey = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(\"{|LG0001:@@|}\")),\n    };",
            FakeKey.Of("very", "secret")).RunAsync();
    }

    [Fact]
    public async Task Reports_a_signing_key_a_field_makes_with_a_target_typed_new()
    {
        await WithIdentityModel(
            "private static readonly SymmetricSecurityKey SigningKey =\n        new(System.Text.Encoding.UTF8.GetBytes(\"{|LG0001:@@|}\"));",
            Passphrase).RunAsync();
    }

    [Fact]
    public async Task Reports_the_signing_key_an_options_class_defaults_to()
    {
        await AnalyzerTest.ForMembers(
            "public sealed class JwtSettings\n    {\n        public string Issuer { get; set; } = \"https://contoso.example\";\n"
            + "        public string SecretKey { get; set; } = \"{|LG0001:@@|}\";\n    }",
            Passphrase).RunAsync();
    }

    [Fact]
    public async Task Does_not_report_a_constant_that_no_signing_key_is_made_of()
    {
        await WithIdentityModel("const string KEY = \"@@\";\n    static string Describe() => KEY;", Passphrase).RunAsync();
    }

    private static AnalyzerTest WithIdentityModel(string members, string key)
    {
        var test = AnalyzerTest.ForMembers(members, key);
        test.TestState.Sources.Add(("IdentityModel.cs", IdentityModel));
        return test;
    }
}
