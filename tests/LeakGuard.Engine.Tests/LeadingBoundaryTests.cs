using System;
using System.Linq;
using CsCheck;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// The "(?:^|[^…])" that opens a pattern is checked in code, not by the regex, so that the regex can start at the
/// secret's own prefix. That must never change what a rule finds.
/// </summary>
public class LeadingBoundaryTests
{
    private const string TokenChars = "A-Za-z0-9_-";

    [Fact]
    public void Token_pattern_loses_its_leading_boundary()
    {
        var boundary = LeadingBoundary.Split($"(?:^|[^{TokenChars}])(?<secret>ab[0-9]{{4}})(?:$|[^{TokenChars}])", out var rest);

        Assert.NotNull(boundary);
        Assert.Equal($"(?<secret>ab[0-9]{{4}})(?:$|[^{TokenChars}])", rest);
        Assert.True(boundary.Allows("ab1234", 0));
        Assert.True(boundary.Allows("=ab1234", 1));
        Assert.False(boundary.Allows("_ab1234", 1));
        Assert.False(boundary.Allows("zab1234", 1));
    }

    [Fact]
    public void Case_insensitive_pattern_keeps_its_flag_and_checks_both_cases()
    {
        var boundary = LeadingBoundary.Split("(?i)(?:^|[^a-z])key", out var rest);

        Assert.Equal("(?i)key", rest);
        Assert.False(boundary!.Allows("Xkey", 1));
        Assert.True(boundary.Allows("1key", 1));
    }

    [Theory]
    [InlineData("(?:^|[^a])x|y")]
    [InlineData("(?:^|[^^a])x")]
    [InlineData("(?:^|[^\\w])x")]
    [InlineData("(?:^|[^a-z[0-9]])x")]
    [InlineData("(?m)(?:^|[^a])x")]
    [InlineData("x(?:^|[^a])")]
    public void Patterns_it_cannot_split_exactly_are_left_whole(string pattern)
    {
        Assert.Null(LeadingBoundary.Split(pattern, out var rest));
        Assert.Equal(pattern, rest);
    }

    [Fact]
    public void Split_and_whole_patterns_find_the_same_secrets()
    {
        var token = $"(?:^|[^{TokenChars}])(?<secret>ab[0-9a-c]{{3,6}})(?:$|[^{TokenChars}])";
        var split = Scanner(token);
        var whole = Scanner("(?:" + token + ")");

        Gen.String[Gen.Char["ab0129c_-= \n"], 0, 80].Sample(
            text =>
            {
                var expected = whole.Scan(text).Findings.Select(f => (f.Start, f.Secret));
                var actual = split.Scan(text).Findings.Select(f => (f.Start, f.Secret));
                Assert.Equal(expected, actual);
            },
            iter: 20_000);
    }

    private static SecretScanner Scanner(string pattern) =>
        new([new SecretRule("test-token", "Test", "a test token", pattern, ["ab"], new Remediation("https://example.test", "Test:Key", "TEST_KEY"))]);
}
