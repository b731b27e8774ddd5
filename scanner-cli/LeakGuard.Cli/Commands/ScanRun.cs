using System;
using System.IO;
using System.Linq;
using System.Text;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Reporting;

namespace LeakGuard.Cli.Commands;

/// <summary>
/// What every scanning command does around its source: show progress, report, choose the exit code. A report written
/// as data or to a file leaves the console's stderr with what the text report ends with: its notes and summary line.
/// </summary>
internal static class ScanRun
{
    public static int Execute(CliConsole console, ScanSettings settings, Func<ScanProgress, ScanReport> scan)
    {
        var progress = new ScanProgress();
        var scanned = ProgressDisplay.Run(console, settings.ForceProgress, progress, () => scan(progress));
        var report = KnownFindings.Load(settings.Baseline, IgnoreFolder.Of(scanned)).Apply(scanned);
        if (settings.Output is null)
        {
            ReporterFactory.For(report, settings.Format, settings.Redact, console.OutIsTerminal).Write(report, console.Out);
        }
        else
        {
            using var file = new StreamWriter(ReportFile.Create(settings.Output.FullName), new UTF8Encoding(false));
            ReporterFactory.For(report, settings.Format, settings.Redact, colour: false).Write(report, file);
        }

        if (settings.Output is not null || settings.Format != "text")
        {
            foreach (var note in report.Statistics.Notes.Distinct())
            {
                console.Error.WriteLine($"note: {note}");
            }

            console.Error.WriteLine(Summary.Of(report, colour: false));
        }

        return report.Findings.Count == 0 ? ExitCode.Clean : ExitCode.LeaksFound;
    }
}
