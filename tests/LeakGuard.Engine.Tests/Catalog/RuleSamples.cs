using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace LeakGuard.Engine.Tests.Catalog;

/// <summary>The true and false positive samples of one provider's rules, in the spirit of gitleaks' per-rule samples.</summary>
public sealed class RuleSamples
{
    private static readonly (string Name, string Format)[] Surroundings =
    {
        ("C# assignment", "var {0} = \"{1}\";"),
        ("JSON value", "{{ \"{0}\": \"{1}\" }}"),
        (".env line", "{0}={1}"),
        ("YAML value", "settings:\n  {0}: {1}\n"),
    };

    private readonly List<RuleSample> samples = new();

    public IReadOnlyList<RuleSample> All => samples;

    public TheoryData<RuleSample> TruePositives => ToTheoryData(samples.Where(s => s.IsTruePositive));

    public TheoryData<RuleSample> FalsePositives => ToTheoryData(samples.Where(s => !s.IsTruePositive));

    /// <summary>The secret assigned to <paramref name="name"/> in C#, JSON, a .env file and YAML.</summary>
    public RuleSamples Finds(string ruleId, string secret, string name = "API_KEY")
    {
        foreach (var (surrounding, format) in Surroundings)
        {
            samples.Add(new RuleSample(ruleId, surrounding, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, name, secret), secret, null));
        }

        return this;
    }

    public RuleSamples FindsIn(string ruleId, string description, string text, string secret, string? context = null)
    {
        samples.Add(new RuleSample(ruleId, description, text, secret, context));
        return this;
    }

    public RuleSamples Ignores(string ruleId, string description, string text, string? context = null)
    {
        samples.Add(new RuleSample(ruleId, description, text, null, context));
        return this;
    }

    /// <summary>Scans the sample with every built-in rule and checks the one finding (or none) it must give.</summary>
    public static void Verify(RuleSample sample)
    {
        var findings = SecretScanner.Default.Scan(sample.Text, sample.Context).Findings;
        if (sample.Context is null)
        {
            // The command line scans text still in a buffer: the same findings.
            SpanScanTests.AssertSameResult(SecretScanner.Default, sample.Text);
        }
        if (sample.Secret is null)
        {
            Assert.True(findings.Count == 0, string.Join(",", findings.Select(f => f.Rule.Id + "=" + f.Secret)));
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal(sample.RuleId, finding.Rule.Id);
        Assert.Equal(sample.Secret, finding.Secret);
        Assert.Equal(sample.Text.IndexOf(sample.Secret, StringComparison.Ordinal), finding.Start);
    }

    private static TheoryData<RuleSample> ToTheoryData(IEnumerable<RuleSample> rows)
    {
        var data = new TheoryData<RuleSample>();
        foreach (var row in rows)
        {
            data.Add(row);
        }

        return data;
    }
}
