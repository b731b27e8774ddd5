using System;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

public class ContextKeywordTests
{
    private static readonly SecretScanner Scanner = new(new[]
    {
        new SecretRule("acme-key", "Acme", "Acme key", "(?<secret>[0-9a-f]{12})", Array.Empty<string>(), new Remediation("https://acme.test/keys", "Acme:Key", "ACME_KEY"))
        {
            ContextKeywords = new[] { "acme" },
        },
    });

    private static readonly SecretScanner CallScanner = new(new[]
    {
        new SecretRule("acme-token", "Acme", "Acme token", "(?<secret>[0-9a-f]{12})", Array.Empty<string>(), new Remediation("https://acme.test/keys", "Acme:Token", "ACME_TOKEN"))
        {
            ContextKeywords = new[] { "client.run(" },
        },
    });

    private static readonly string Value = FakeKey.Random(FakeKey.Hex, 12, 3);

    [Fact]
    public void A_keyword_of_code_counts_inside_a_longer_name()
    {
        Assert.Single(CallScanner.Scan($"aclient.run('{Value}')").Findings);
        Assert.Empty(Scanner.Scan($"xacme: {Value}").Findings);
    }

    [Fact]
    public void Context_keywords_alone_switch_a_rule_on()
    {
        Assert.Single(Scanner.Scan($"acme: {Value}").Findings);
    }

    [Fact]
    public void Without_its_context_keyword_a_context_gated_rule_is_silent()
    {
        Assert.Empty(Scanner.Scan($"other: {Value}").Findings);
    }

    [Fact]
    public void The_context_argument_counts_as_context()
    {
        Assert.Single(Scanner.Scan(Value, "AcmeKey").Findings);
        Assert.Empty(Scanner.Scan(Value, "OtherKey").Findings);
    }

    [Fact]
    public void A_keyword_beyond_the_context_window_does_not_count()
    {
        var justInside = "acme" + new string(' ', SecretScanner.ContextWindow - "acme".Length);
        var justOutside = justInside + " ";

        Assert.Single(Scanner.Scan(justInside + Value).Findings);
        Assert.Empty(Scanner.Scan(justOutside + Value).Findings);
    }

    [Fact]
    public void The_context_is_never_searched_for_secrets()
    {
        Assert.Empty(SecretScanner.Default.Scan("name", TestKeys.OpenAi()).Findings);
    }
}
