using System.CommandLine;
using System.IO;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Sources;

namespace LeakGuard.Cli.Commands;

/// <summary><c>leakguard baseline FILE [PATH]</c>: records today's findings so that later scans report only new ones.</summary>
internal sealed class BaselineCommand : Command
{
    public BaselineCommand(CliConsole console)
        : base("baseline", "Write the findings of a full history scan to FILE, for 'leakguard git --baseline FILE' to ignore. Commit FILE.")
    {
        Arguments.Add(File);
        Arguments.Add(RepositoryPath);
        Options.Add(IncludeGeneric);
        Options.Add(Config);
        File.Validators.Add(result =>
        {
            if (WritableFile.Problem(result.GetValueOrDefault<FileInfo>()) is { } problem)
            {
                result.AddError($"baseline file: {problem}");
            }
        });
        SetAction(parsed =>
        {
            // The same rules, allowlists and damage checks as 'leakguard git', or the baseline would miss what it reports.
            var path = parsed.GetValue(RepositoryPath) ?? ".";
            var options = new GitScanOptions([], null, null, 10L * 1024 * 1024);
            var configuration = ConfigurationFile.Load(parsed.GetValue(Config), path, console);
            var scanner = new FragmentScanner(parsed.GetValue(IncludeGeneric), configuration);
            var report = PathAllowlist.Apply(configuration, RepositoryDamage.Guard(() => new GitHistoryScanner(scanner, new ScanProgress()).Scan(path, options)));
            var file = parsed.GetValue(File)!;
            var count = BaselineFile.Write(report.Findings, file.FullName);
            console.Out.WriteLine($"wrote {count} known finding(s) to {file.FullName}");
            return ExitCode.Clean;
        });
    }

    public Argument<FileInfo> File { get; } = new("file")
    {
        Description = "The baseline file to write (JSON, sorted by fingerprint).",
    };

    public Argument<string> RepositoryPath { get; } = new Argument<string>("path")
    {
        Description = "The repository; defaults to the current folder.",
        DefaultValueFactory = _ => ".",
    }.RejectingOptions();

    public Option<bool> IncludeGeneric { get; } = new("--include-generic")
    {
        Description = "Also record the findings of the generic, low-confidence rules.",
    };

    public Option<FileInfo?> Config { get; } = ScanOptions.ConfigOption();
}
