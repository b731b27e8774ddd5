using System.CommandLine;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Sources;

namespace LeakGuard.Cli.Commands;

/// <summary>
/// <c>leakguard dir PATH</c>: scans the files on disk, or one file; no git needed, <c>.git</c> folders skipped, and the
/// build output folders of .NET projects unless asked for.
/// </summary>
internal sealed class DirCommand : Command
{
    private readonly ScanOptions scan = new();

    public DirCommand(CliConsole console)
        : base("dir", "Scan the files under a folder, or one file (no git needed; .git folders and the bin/, obj/ folders of .NET projects are skipped).")
    {
        Arguments.Add(FolderPath);
        Options.Add(IncludeBuildOutput);
        scan.AddTo(this);
        SetAction(parsed => Execute(console, parsed));
    }

    public Argument<string> FolderPath { get; } = new Argument<string>("path")
    {
        Description = "The folder (or file) to scan.",
    }.RejectingOptions();

    public Option<bool> IncludeBuildOutput { get; } = new("--include-build-output")
    {
        Description = "Also scan the bin/ and obj/ folders beside .NET project files, which hold copies of the project's files.",
    };

    private int Execute(CliConsole console, ParseResult parsed)
    {
        var settings = scan.Read(parsed);
        var path = parsed.GetValue(FolderPath)!;
        var configuration = settings.LoadConfiguration(DirectoryScanner.RootOf(path), console);
        var scanner = new FragmentScanner(settings.IncludeGeneric, configuration);
        return ScanRun.Execute(console, settings, progress => PathAllowlist.Apply(configuration, new DirectoryScanner(scanner, progress) { IncludeBuildOutput = parsed.GetValue(IncludeBuildOutput) }.Scan(path, settings.MaxBytes)));
    }
}
