using System;
using System.Threading.Tasks;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// A pattern that starts with a literal runs on the backtracking interpreter first, and moves to the non-backtracking
/// engine when a text takes it too long. A user's rule (from a config file) may need backtracking, which the
/// non-backtracking engine refuses: it then runs under the regex timeout, and a catastrophic pattern costs one
/// warning, not a hang.
/// </summary>
[Trait("Category", "Hostile")]
public class PathologicalRuleTests
{
    [Fact]
    public async Task A_catastrophic_backreference_pattern_ends_with_a_warning()
    {
        var rule = new SecretRule("custom-catastrophic", "User", "nested quantifier and backreference", @"(a+)+\1x", ["a"], new Remediation("https://example.test", "Custom:Key", "CUSTOM_KEY"));
        var scanner = new SecretScanner([rule], TimeSpan.FromMilliseconds(200));
        var text = new string('a', 1 << 20);

        var result = await Task.Run(() => scanner.Scan(text)).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Empty(result.Findings);
        Assert.Equal("rule 'custom-catastrophic' ran out of time on a 1048576-character text and was skipped", Assert.Single(result.Warnings));
    }

    [Fact]
    public async Task A_catastrophic_pattern_the_linear_engine_runs_still_finds_its_match()
    {
        var rule = new SecretRule("custom-ambiguous", "User", "ambiguous loop before a mark", "k=(?<secret>(?:[a-z]|[a-z]{2})+)!", ["k="], new Remediation("https://example.test", "Custom:Key", "CUSTOM_KEY"));
        var scanner = new SecretScanner([rule], TimeSpan.FromMilliseconds(200));
        var text = "k=" + new string('q', 5000) + "?\nk=zmxqjwvtrb!\n";

        var result = await Task.Run(() => scanner.Scan(text)).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal("zmxqjwvtrb", Assert.Single(result.Findings).Secret);
        Assert.Empty(result.Warnings);
    }
}
