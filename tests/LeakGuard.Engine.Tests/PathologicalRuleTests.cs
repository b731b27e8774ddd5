using System;
using System.Threading.Tasks;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// A user's rule (from a config file) may need backtracking, which the non-backtracking engine refuses: it then runs
/// under the regex timeout, and a catastrophic pattern costs one warning, not a hang.
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
}
