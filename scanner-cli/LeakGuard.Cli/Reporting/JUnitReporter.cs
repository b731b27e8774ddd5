using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using LeakGuard.Cli.Findings;

namespace LeakGuard.Cli.Reporting;

/// <summary>
/// JUnit XML for CI test-result views: one failing test case per finding. A clean scan writes one passing case, since
/// some CI systems treat an empty suite as a failure to report.
/// </summary>
internal sealed class JUnitReporter : IReporter
{
    private readonly bool redact;

    public JUnitReporter(bool redact)
    {
        this.redact = redact;
    }

    public void Write(ScanReport report, TextWriter output)
    {
        var cases = report.Findings.Count == 0
            ? [new XElement("testcase", new XAttribute("classname", "leakguard"), new XAttribute("name", "no secrets found"))]
            : report.Findings.Select(Case).ToArray();
        var failures = report.Findings.Count;
        var seconds = report.Statistics.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", $"leakguard {report.Kind}"),
            new XAttribute("tests", cases.Length),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("time", seconds),
            cases);
        var document = new XDocument(new XElement(
            "testsuites",
            new XAttribute("name", "leakguard"),
            new XAttribute("tests", cases.Length),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("time", seconds),
            suite));
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        document.Save(writer);
        writer.Flush();
        output.WriteLine();
    }

    private XElement Case(Finding finding)
    {
        var where = $"{finding.Path}:{finding.Location.StartLine}:{finding.Location.StartColumn}";
        var details = $"{finding.Rule.Description} {finding.Shown(redact)} at {where}";
        if (finding.Origin is { } origin)
        {
            details += $"\nfirst commit: {origin.CommitSha} by {origin.Author} <{origin.Email}> {origin.Date:O}\nin HEAD: {origin.InHead}, commits: {origin.CommitCount}";
        }

        details += "\n" + RuleHelp.For(finding.Rule);
        return new XElement(
            "testcase",
            new XAttribute("classname", finding.Path),
            new XAttribute("name", $"{finding.Rule.Id} at {where}"),
            new XElement(
                "failure",
                new XAttribute("type", finding.Rule.Id),
                new XAttribute("message", $"{finding.Rule.Description} {finding.Shown(redact)}"),
                details));
    }
}
