using System.Text;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>About a megabyte of near-matches per case: the scan must return, without exception and without findings.</summary>
public class AdversarialInputTests
{
    private const int Size = 1 << 20;

    public static TheoryData<string, string> Fragments => new()
    {
        { "sk- repeated", "sk-" },
        { "sk-ant-api03- repeated", "sk-ant-api03-" },
        { "AKIA repeated", "AK" + "IA" },
        { "T3BlbkFJ repeated", "T3Blbk" + "FJ" },
        { "eyJ segments", "eyJhbGciOi." },
        { "xoxb- with digits", "xo" + "xb-1234567890-" },
        { "password= repeated", "password=" },
        { "api_key= repeated", "api_key=" },
        { "gh prefixes", "gh" + "p_gho_ghu_" },
        { "begin lines", "-----BEGIN RSA PRIVATE KEY-----\n" },
        { "JQQJ99 repeated", "JQQJ" + "99" },
        { "a URL that takes a name found everywhere", "fetch(`https://newsapi.org/v2/x?apiKey=${a}`); a a a = b;\n" },
        { "a provider's name on one line a megabyte long", "datadog twilio discord " },
        { "a name given a key's shape, taken again and again", "apiKey = \"" + "0123456789abcdef" + "0123456789abcdef" + "\"\nfetch(`https://newsapi.org/v2/x?apiKey=${apiKey}`)\n" },
    };

    [Theory]
    [MemberData(nameof(Fragments))]
    public void A_megabyte_of_a_repeated_prefix_yields_nothing(string description, string fragment)
    {
        Assert.False(string.IsNullOrEmpty(description));
        var text = new StringBuilder(Size + fragment.Length);
        while (text.Length < Size)
        {
            text.Append(fragment);
        }

        Assert.Empty(SecretScanner.Default.Scan(text.ToString()).Findings);
    }

    [Fact]
    public void A_megabyte_of_URLs_each_taking_another_name_yields_nothing()
    {
        var text = new StringBuilder(Size);
        for (var i = 0; text.Length < Size; i++)
        {
            text.Append("fetch(`https://newsapi.org/v2/x?apiKey=${a").Append(i).Append("}`); a").Append(i).Append(" = b;\n");
        }

        Assert.Empty(SecretScanner.Default.Scan(text.ToString()).Findings);
    }

    [Fact]
    public void A_megabyte_of_keys_under_credentials_names_far_from_their_provider_s_word_yields_nothing()
    {
        var text = new StringBuilder(Size + 64);
        for (var i = 0; text.Length < Size; i++)
        {
            text.Append("key_").Append(i).Append(" = \"").Append(FakeKey.Random(FakeKey.Hex, 32, i % 50)).Append("\"\n");
        }

        text.Append('#', 400).Append("\n# metrics go to datadog\n");

        Assert.DoesNotContain(SecretScanner.Default.Scan(text.ToString()).Findings, f => f.Rule.Id == "datadog-api-key");
    }

    [Fact]
    public void A_megabyte_of_base64_without_boundaries_yields_nothing()
    {
        Assert.Empty(SecretScanner.Default.Scan(FakeKey.Random(FakeKey.Base64, Size)).Findings);
    }

    [Fact]
    public void An_unterminated_private_key_block_of_a_megabyte_yields_nothing()
    {
        var body = new StringBuilder("-----BEGIN PRIVATE KEY-----\n");
        for (var line = 0; body.Length < Size; line++)
        {
            body.Append(FakeKey.Random(FakeKey.Base64, 64, line)).Append('\n');
        }

        Assert.Empty(SecretScanner.Default.Scan(body.ToString()).Findings);
    }
}
