using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace LeakGuard.Engine.Tests.Catalog;

public class RuleCatalogTests
{
    public static TheoryData<string> RuleIds => new(BuiltInRules.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_true_and_a_false_positive_sample(string ruleId)
    {
        Assert.Contains(SampleCatalog.All, s => s.RuleId == ruleId && s.IsTruePositive);
        Assert.Contains(SampleCatalog.All, s => s.RuleId == ruleId && !s.IsTruePositive);
    }

    [Fact]
    public void Every_sample_names_a_rule_of_the_catalog()
    {
        var ids = BuiltInRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(SampleCatalog.All, s => Assert.Contains(s.RuleId, ids));
    }

    [Fact]
    public void Rule_ids_are_unique_and_kebab_case()
    {
        var ids = BuiltInRules.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_says_how_to_remediate(string ruleId)
    {
        var rule = BuiltInRules.All.Single(r => r.Id == ruleId);

        Assert.True(Uri.TryCreate(rule.Remediation.RotateUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps, rule.Remediation.RotateUrl);
        Assert.Matches("^[A-Za-z]+(:[A-Za-z]+)+$", rule.Remediation.ConfigurationKey);
        Assert.Matches("^[A-Za-z][A-Za-z0-9_]*$", rule.Remediation.EnvironmentVariable);
        Assert.False(string.IsNullOrWhiteSpace(rule.Provider));
        Assert.False(string.IsNullOrWhiteSpace(rule.Description));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_is_prefiltered_by_a_keyword(string ruleId)
    {
        var rule = BuiltInRules.All.Single(r => r.Id == ruleId);

        Assert.Contains(rule.Keywords.Concat(rule.ContextKeywords), k => k.Length > 0);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_pattern_runs_on_the_non_backtracking_engine(string ruleId)
    {
        var rule = BuiltInRules.All.Single(r => r.Id == ruleId);

        var regex = new Regex(rule.Pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

        Assert.True(regex.GetGroupNames().Length > 0);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Context_gated_rules_are_medium_or_low_confidence(string ruleId)
    {
        var rule = BuiltInRules.All.Single(r => r.Id == ruleId);

        Assert.True(rule.ContextKeywords.Count == 0 || rule.Confidence != Confidence.High);
    }
}
