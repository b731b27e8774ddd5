using System;
using System.Linq;
using CsCheck;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>The keyword pass must activate exactly the rules a plain case-insensitive search for each keyword would.</summary>
public class KeywordFilterTests
{
    private static readonly string[][] RuleKeywords =
    [
        ["sk-", "T3BlbkFJ"],
        ["SK"],
        ["Q~", "password"],
        ["pwd", "uid", "database"],
        ["clé"],
        ["x"],
        ["ghp_", "GITHUB"],
        [],
        ["passwordhash"],
    ];

    private static readonly SecretRule[] Rules = RuleKeywords
        .Select((words, i) => new SecretRule($"rule-{i}", "Test", "test", "zzz", words, new Remediation("https://example.test", "Test:Key", "TEST_KEY")))
        .ToArray();

    [Theory]
    [InlineData("nothing here", new[] { 7 })]
    [InlineData("a TASK list", new[] { 1, 7 })]
    [InlineData("my Password=1", new[] { 2, 7 })]
    [InlineData("PasswordHash", new[] { 2, 7, 8 })]
    [InlineData("asswordhash", new[] { 7 })]
    [InlineData("dasswordhash", new[] { 7 })]
    [InlineData("key: sk-abc", new[] { 0, 1, 7 })]
    [InlineData("CLÉ secrète", new[] { 4, 7 })]
    [InlineData("DataBase url", new[] { 3, 7 })]
    [InlineData("Q~", new[] { 2, 7 })]
    [InlineData("a TASKé", new[] { 1, 7 })]
    [InlineData("sk", new[] { 1, 7 })]
    [InlineData("sſk", new[] { 7 })]
    [InlineData("PASſWORD", new[] { 7 })]
    [InlineData("\0sk\0", new[] { 1, 7 })]
    [InlineData("ASK\uD83D\uDE00", new[] { 1, 7 })]
    [InlineData("s\0k p\0wd", new[] { 7 })]
    public void Activates_the_rules_whose_keywords_occur(string text, int[] expected)
    {
        var active = new bool[Rules.Length];
        new KeywordFilter(Rules).MarkActive(text, active);

        Assert.Equal(expected, Enumerable.Range(0, Rules.Length).Where(i => active[i]));
    }

    [Fact]
    public void Agrees_with_a_plain_search_on_any_text()
    {
        var filter = new KeywordFilter(Rules);
        Gen.String[Gen.Char["skSK-T3BlbkFJQq~passwordPWDuidatbecléÉxghp_GITHUBıſ \n\0\uD83D"], 0, 60].Sample(
            text =>
            {
                var active = new bool[Rules.Length];
                filter.MarkActive(text, active);
                var expected = Rules.Select(r => r.Keywords.Count == 0 || r.Keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)));
                Assert.Equal(expected, active);
            },
            iter: 50_000);
    }

    [Fact]
    public void Context_keywords_switch_on_only_a_rule_without_keywords_of_its_own()
    {
        var remediation = new Remediation("https://example.test", "Test:Key", "TEST_KEY");
        SecretRule[] rules =
        [
            new("with-keywords", "Test", "test", "zzz", ["password"], remediation) { ContextKeywords = ["host"] },
            new("context-only", "Test", "test", "zzz", [], remediation) { ContextKeywords = ["host"] },
        ];
        var filter = new KeywordFilter(rules);

        var active = new bool[rules.Length];
        filter.MarkActive("host: db.internal", active);
        Assert.False(active[0]);
        Assert.True(active[1]);

        filter.MarkActive("host: db.internal\npassword: x", active);
        Assert.True(active[0]);
        Assert.True(active[1]);
    }

    [Theory]
    [InlineData("SK[0-9a-f]{32}", "a task list", false)]
    [InlineData("SK[0-9a-f]{32}", "key = SK0123", true)]
    [InlineData("(?i)SK[0-9a-f]{32}", "a task list", true)]
    [InlineData("[0-9a-f]{32}", "a task list", true)]
    [InlineData("(?:SK|sk)[0-9a-f]{32}", "a task list", true)]
    public void A_keyword_that_is_a_literal_of_a_pattern_that_matches_case_matches_case(string pattern, string text, bool expected)
    {
        var rule = new SecretRule("twilio-like", "Test", "test", pattern, ["SK"], new Remediation("https://example.test", "Test:Key", "TEST_KEY"));
        var active = new bool[1];

        new KeywordFilter([rule]).MarkActive(text, active);

        Assert.Equal(expected, active[0]);
    }
}
