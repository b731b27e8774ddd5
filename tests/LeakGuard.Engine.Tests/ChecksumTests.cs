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
