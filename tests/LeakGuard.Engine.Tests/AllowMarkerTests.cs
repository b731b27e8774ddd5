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
}
