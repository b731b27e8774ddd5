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

    /// <summary>
    /// .NET 10's non-backtracking engine, searching for the literal after a pattern's leading loop, passed over the first
    /// of these after "utf-8" (CompiledRule.GuardLeadingLoop).
    /// </summary>
    [Fact]
    public void Finds_every_named_secret_after_a_hyphenated_word()
    {
        var first = FakeKey.Random(FakeKey.Base62, 32, 51);
        var second = FakeKey.Random(FakeKey.Base62, 32, 52);
        var text = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<configuration>\n  <appSettings>\n"
            + $"    <add key=\"Zoom:ClientSecret\" value=\"{first}\" />\n"
            + $"    <add key=\"Box:ClientSecret\" value=\"{second}\" />\n  </appSettings>\n</configuration>\n";

        var secrets = SecretScanner.Default.Scan(text).Findings.Select(f => f.Secret).ToArray();

        Assert.Equal(new[] { first, second }, secrets);
    }

    [Theory]
    [InlineData("(?:[a-z0-9]{1,30}[_-]?)?cs")]
    [InlineData("(?i)[a-z]{2}-?cs")]
    public void A_pattern_that_starts_with_a_loop_finds_the_same_matches_as_the_backtracking_engine(string pattern)
    {
        const string Text = "ab-12 xcs ycs\nu-8\nz:cs\nb:cs";
        var expected = new System.Text.RegularExpressions.Regex(pattern).Matches(Text).Select(m => m.Index);

        var actual = CompiledRule.Build(pattern, System.TimeSpan.FromSeconds(1)).Matches(Text).Select(m => m.Index);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("[.(]['\"]?[a-z_-]*cs")]
    [InlineData("(?i)\\(x?[a-z]{0,5}-?cs")]
    [InlineData("\\$\\{[a-z-]*cs\\}")]
    public void A_pattern_that_starts_with_a_class_taken_once_runs_as_written_and_finds_the_same_matches(string pattern)
    {
        const string Text = "encoding=\"utf-8\" (ab-12 .xcs (y-cs\nu-8 ${a-cs}\n.z:cs (\"b-cs";
        var expected = new System.Text.RegularExpressions.Regex(pattern).Matches(Text).Select(m => (m.Index, m.Length));

        var regex = CompiledRule.Build(pattern, System.TimeSpan.FromSeconds(1));

        Assert.Equal(pattern, regex.ToString());
        Assert.Equal(expected, regex.Matches(Text).Select(m => (m.Index, m.Length)));
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
