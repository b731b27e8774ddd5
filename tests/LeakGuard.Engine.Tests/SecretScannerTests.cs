using System.Linq;
using LeakGuard.Engine.Configuration;
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
    public void Without_low_confidence_rules_finds_provider_keys_only_and_keeps_the_allowlist()
    {
        var generic = FakeKey.Random(FakeKey.Base62, 32, 51);
        var allowed = TestKeys.OpenAi(52);
        var allowlist = new Allowlist(System.Array.Empty<string>(), System.Array.Empty<System.Text.RegularExpressions.Regex>(), new[] { allowed[^12..] }, AllowlistTarget.Secret);
        var scanner = new SecretScanner(BuiltInRules.All, System.TimeSpan.FromSeconds(1), allowlist);
        var text = $"api_secret = \"{generic}\"\nkey = {OpenAiKey}\nother = {allowed}";

        var narrowed = scanner.WithoutLowConfidenceRules();

        Assert.Equal("generic-secret,openai-api-key", string.Join(",", scanner.Scan(text).Findings.Select(f => f.Rule.Id)));
        Assert.Equal("openai-api-key", Assert.Single(narrowed.Scan(text).Findings).Rule.Id);
        Assert.DoesNotContain(narrowed.Rules, r => r.Confidence == Confidence.Low);
        Assert.Equal(scanner.Rules.Count(r => r.Confidence != Confidence.Low), narrowed.Rules.Count);
        Assert.Same(narrowed, scanner.WithoutLowConfidenceRules());
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
