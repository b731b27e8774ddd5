namespace LeakGuard.Cli.Reporting;

internal static class ReporterFactory
{
    public static IReporter Create(string format, bool redact, bool colour) => format switch
    {
        "json" => new JsonReporter(redact),
        "sarif" => new SarifReporter(redact),
        "junit" => new JUnitReporter(redact),
        _ => new TextReporter(redact, colour),
    };
}
