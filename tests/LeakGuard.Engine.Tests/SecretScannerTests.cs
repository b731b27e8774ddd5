using System.Linq;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

public class SecretScannerTests
{
    private static readonly string OpenAiKey = TestKeys.OpenAi();

    [Fact]
    public void Finds_the_key_with_its_exact_span()
    {
        var text = $"var key = \"{OpenAiKey}\";";

        var finding = Assert.Single(SecretScanner.Default.Scan(text).Findings);

        Assert.Equal("openai-api-key", finding.Rule.Id);
        Assert.Equal(text.IndexOf(OpenAiKey, System.StringComparison.Ordinal), finding.Start);
        Assert.Equal(OpenAiKey, finding.Secret);
    }

    [Fact]
    public void Skips_a_line_with_an_allow_marker()
    {
        Assert.Empty(SecretScanner.Default.Scan($"key = {OpenAiKey} // leakguard:allow").Findings);
        Assert.Empty(SecretScanner.Default.Scan($"key = {OpenAiKey} # gitleaks:allow").Findings);
        Assert.Single(SecretScanner.Default.Scan($"key = {OpenAiKey}\n// leakguard:allow").Findings);
    }

    [Fact]
    public void Redacted_form_and_fingerprint_do_not_contain_the_secret()
    {
        var finding = SecretScanner.Default.Scan(OpenAiKey).Findings.Single();

        Assert.DoesNotContain(OpenAiKey, finding.Redacted, System.StringComparison.Ordinal);
        Assert.DoesNotContain(OpenAiKey, finding.GetFingerprint("src/a.cs"), System.StringComparison.Ordinal);
        Assert.DoesNotContain(OpenAiKey, finding.ToString(), System.StringComparison.Ordinal);
        Assert.StartsWith("openai-api-key:src/a.cs:", finding.GetFingerprint("src\\a.cs"), System.StringComparison.Ordinal);
    }
}
