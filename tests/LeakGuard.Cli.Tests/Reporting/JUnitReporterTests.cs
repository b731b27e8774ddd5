using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using LeakGuard.Cli.Reporting;
using Xunit;

namespace LeakGuard.Cli.Tests.Reporting;

public sealed class JUnitReporterTests
{
    [Fact]
    public void One_failing_test_case_per_finding()
    {
        var xml = Render(ReportFixture.Git());

        var cases = xml.Descendants("testcase").ToArray();
        Assert.Equal("2", xml.Root!.Attribute("failures")!.Value);
        Assert.Equal(2, cases.Length);
        Assert.All(cases, c => Assert.NotNull(c.Element("failure")));
        Assert.Equal("config dir/clé.txt", cases[0].Attribute("classname")!.Value);
        Assert.Equal("openai-api-key at config dir/clé.txt:3:9", cases[0].Attribute("name")!.Value);
        Assert.Equal("openai-api-key", cases[0].Element("failure")!.Attribute("type")!.Value);
        Assert.Contains(ReportFixture.Sha, cases[0].Element("failure")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_scan_is_one_passing_case()
    {
        var xml = Render(ReportFixture.Clean());

        var single = Assert.Single(xml.Descendants("testcase"));
        Assert.Null(single.Element("failure"));
        Assert.Equal("0", xml.Root!.Attribute("failures")!.Value);
    }

    [Fact]
    public void Secrets_are_redacted()
    {
        using var writer = new StringWriter();
        new JUnitReporter(redact: true).Write(ReportFixture.Git(), writer);

        Assert.DoesNotContain(ReportFixture.OpenAiKey, writer.ToString(), StringComparison.Ordinal);
        Assert.Contains(LeakGuard.Engine.Redactor.Redact(ReportFixture.OpenAiKey), writer.ToString(), StringComparison.Ordinal);
    }

    private static XDocument Render(LeakGuard.Cli.Findings.ScanReport report)
    {
        using var writer = new StringWriter();
        new JUnitReporter(redact: true).Write(report, writer);
        return XDocument.Parse(writer.ToString());
    }
}
