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
