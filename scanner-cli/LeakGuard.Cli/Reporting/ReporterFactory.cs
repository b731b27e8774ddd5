using LeakGuard.Cli.Findings;

namespace LeakGuard.Cli.Reporting;

internal static class ReporterFactory
{
    /// <summary>The staged check's text report is the short pre-commit message; every other report is the common one.</summary>
    public static IReporter For(ScanReport report, string format, bool redact, bool colour) =>
        report.Kind == "staged" && format == "text" ? new StagedTextReporter(redact) : Create(format, redact, colour);

    public static IReporter Create(string format, bool redact, bool colour) => format switch
    {
        "json" => new JsonReporter(redact),
        "sarif" => new SarifReporter(redact),
        "junit" => new JUnitReporter(redact),
        _ => new TextReporter(redact, colour),
    };
}
