using System.Linq;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

public class ChecksumTests
{
    [Fact]
    public void Crc32_gives_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"));
        Assert.Equal(0u, Crc32.Compute(string.Empty));
    }

    [Fact]
    public void Crc16_gives_the_standard_check_value_of_xmodem()
    {
        Assert.Equal(0x31C3, Crc16.Compute("123456789"u8));
        Assert.Equal(0, Crc16.Compute(default));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("MY", "f")]
    [InlineData("MZXW6", "foo")]
    [InlineData("MZXW6YTBOI", "foobar")]
    [InlineData("MZXW6YTB8I", null)]
    [InlineData("mzxw6", null)]
    public void Base32_decodes_the_test_vectors_of_rfc_4648(string text, string? expected)
    {
        var bytes = Base32.Decode(text);

        Assert.Equal(expected, bytes is null ? null : System.Text.Encoding.ASCII.GetString(bytes));
    }

    [Theory]
    [InlineData('U')]
    [InlineData('A')]
    [InlineData('O')]
    public void A_nats_nkey_seed_with_a_valid_checksum_is_reported_verified(char type)
    {
        var seed = TestKeys.NatsSeed(type, 7);

        var finding = Assert.Single(SecretScanner.Default.Scan($"NATS_NKEY_SEED={seed}").Findings);

        Assert.Equal("nats-nkey-seed", finding.Rule.Id);
        Assert.Equal("S" + type, seed[..2]);
        Assert.True(finding.IsVerified);
    }

    [Theory]
    [InlineData(0u, 6, "000000")]
    [InlineData(61u, 1, "z")]
    [InlineData(62u, 2, "10")]
    [InlineData(uint.MaxValue, 6, "4gfFC3")]
    public void Base62_uses_digits_then_upper_then_lower_case(uint value, int width, string expected)
    {
        Assert.Equal(expected, Base62.Encode(value, width));
    }

    [Theory]
    [InlineData("p")]
    [InlineData("o")]
    [InlineData("u")]
    [InlineData("s")]
    [InlineData("r")]
    public void A_GitHub_token_with_a_valid_checksum_is_reported_verified(string kind)
    {
        var finding = Assert.Single(SecretScanner.Default.Scan(TestKeys.GitHub(kind, 7)).Findings);

        Assert.True(finding.IsVerified);
    }

    [Fact]
    public void An_npm_token_with_a_valid_checksum_is_reported_verified()
    {
        var finding = Assert.Single(SecretScanner.Default.Scan(TestKeys.Npm(7)).Findings);

        Assert.Equal("npm-access-token", finding.Rule.Id);
        Assert.True(finding.IsVerified);
    }

    [Fact]
    public void Every_single_character_change_in_the_checksum_is_rejected()
    {
        var token = TestKeys.GitHub("p", 3);
        var rejected = Enumerable.Range(token.Length - 6, 6)
            .Select(i => token.Remove(i, 1).Insert(i, token[i] == '0' ? "1" : "0"))
            .Count(t => SecretScanner.Default.Scan(t).Findings.Count == 0);

        Assert.Equal(6, rejected);
    }

    [Fact]
    public void A_format_without_checksum_is_not_reported_verified()
    {
        var finding = Assert.Single(SecretScanner.Default.Scan(TestKeys.Anthropic()).Findings);

        Assert.False(finding.IsVerified);
    }
}
