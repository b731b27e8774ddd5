using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

public class AllowMarkerTests
{
    public static TheoryData<string> Keys => new()
    {
        TestKeys.Anthropic(),
        TestKeys.AwsAccessKeyId(),
        TestKeys.GitHubClassic(),
        TestKeys.Stripe(),
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void An_allow_marker_on_the_line_silences_any_rule(string key)
    {
        Assert.Empty(SecretScanner.Default.Scan($"a = \"{key}\"; // leakguard:allow").Findings);
        Assert.Empty(SecretScanner.Default.Scan($"a: {key} # GITLEAKS:ALLOW").Findings);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void An_allow_marker_on_another_line_does_not(string key)
    {
        Assert.Single(SecretScanner.Default.Scan($"// leakguard:allow\na = \"{key}\";").Findings);
    }

    [Fact]
    public void Only_the_marked_line_of_a_multi_line_text_is_silenced()
    {
        var text = $"a = {TestKeys.OpenAi(1)} # leakguard:allow\nb = {TestKeys.OpenAi(2)}";

        var finding = Assert.Single(SecretScanner.Default.Scan(text).Findings);

        Assert.Equal(TestKeys.OpenAi(2), finding.Secret);
    }

    [Theory]
    [InlineData("// leakguard:allow")]
    [InlineData("// LeakGuard:Allow")]
    [InlineData("# g\u0131tleaks:allow")]
    [InlineData("# gitleak\u017F:allow")]
    [InlineData("# leakguard:\u212Allow")]
    [InlineData("# leakguard: allow")]
    [InlineData("# leakguardallow")]
    public void Markers_are_matched_as_an_ordinal_case_insensitive_search_would(string comment)
    {
        var expected = comment.Contains("leakguard:allow", System.StringComparison.OrdinalIgnoreCase)
            || comment.Contains("gitleaks:allow", System.StringComparison.OrdinalIgnoreCase);

        Assert.Equal(expected, AllowMarker.IsOnLine("a = 1; " + comment, 0));
    }

    [Fact]
    public void A_key_on_a_line_of_a_megabyte_is_silenced_by_a_marker_at_its_far_end_only()
    {
        var filler = new string('x', 1 << 20);
        var key = TestKeys.OpenAi();

        Assert.Empty(SecretScanner.Default.Scan($"a = {key}; {filler} // leakguard:allow").Findings);
        Assert.Single(SecretScanner.Default.Scan($"a = {key}; {filler}\n// leakguard:allow").Findings);
    }
}
