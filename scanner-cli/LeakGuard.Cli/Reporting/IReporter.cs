using System.IO;
using LeakGuard.Cli.Findings;

namespace LeakGuard.Cli.Reporting;

/// <summary>Renders a finished scan; reporters only render, they never scan or filter.</summary>
internal interface IReporter
{
    void Write(ScanReport report, TextWriter output);
}
