using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace LeakGuard.Engine.Tests.Catalog;

/// <summary>Runs every provider's samples (<see cref="SampleCatalog"/>) through the built-in rules.</summary>
public class RuleSampleTests
{
    public static TheoryData<RuleSample> TruePositives => new(SampleCatalog.All.Where(s => s.IsTruePositive));

    public static TheoryData<RuleSample> FalsePositives => new(SampleCatalog.All.Where(s => !s.IsTruePositive));

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample)
    {
        var finding = Assert.Single(Scan(sample));

        Assert.Equal(sample.RuleId, finding.Rule.Id);
        Assert.Equal(sample.Secret, finding.Secret);
        Assert.Equal(sample.Text.IndexOf(sample.Secret!, StringComparison.Ordinal), finding.Start);
    }

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample)
    {
        var findings = Scan(sample);

        Assert.True(findings.Count == 0, string.Join(",", findings.Select(f => f.Rule.Id + "=" + f.Secret)));
    }

    /// <summary>
    /// Each key is found where it first stands, after the hyphenated words every file holds ("utf-8", "x-api-key") and
    /// with a copy after it: .NET 10's non-backtracking engine passed over such first matches of some patterns. (A
    /// literal the analyzer scans alone, with its name as context, is its whole text.)
    /// </summary>
    public static TheoryData<RuleSample> TruePositivesInFiles => new(SampleCatalog.All.Where(s => s.IsTruePositive && s.Context is null));

    [Theory]
    [MemberData(nameof(TruePositivesInFiles))]
    public void Finds_the_first_of_two_copies_after_hyphenated_words(RuleSample sample)
    {
        const string Preamble = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<!-- x-api-key: see the vault -->\n";
        var text = Preamble + sample.Text + "\n\n" + sample.Text;

        var findings = SecretScanner.Default.Scan(text).Findings;

        var first = Preamble.Length + sample.Text.IndexOf(sample.Secret!, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Rule.Id == sample.RuleId && f.Secret == sample.Secret && f.Start == first);
    }

    private static IReadOnlyList<SecretFinding> Scan(RuleSample sample)
    {
        if (sample.Context is null)
        {
            // The command line scans text still in a buffer: the same findings.
            SpanScanTests.AssertSameResult(SecretScanner.Default, sample.Text);
        }

        return SecretScanner.Default.Scan(sample.Text, sample.Context).Findings;
    }
}
