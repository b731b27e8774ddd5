using System;
using System.CommandLine;
using System.Globalization;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Sources;

namespace LeakGuard.Cli.Commands;

/// <summary><c>leakguard git [PATH]</c>: scans every commit reachable from every ref, or less with --ref/--range/--since.</summary>
internal sealed class GitCommand : Command
{
    private readonly ScanOptions scan = new();

    public GitCommand(CliConsole console)
        : base("git", "Scan a git repository's history: every commit reachable from any ref (branches, tags, remotes, stashes) by default.")
    {
        Arguments.Add(RepositoryPath);
        Options.Add(Refs);
        Options.Add(Range);
        Options.Add(Since);
        scan.AddTo(this);
        SetAction(parsed => Execute(console, parsed));
    }

    public Argument<string> RepositoryPath { get; } = new Argument<string>("path")
    {
        Description = "The repository (working tree or bare); defaults to the current folder.",
        DefaultValueFactory = _ => ".",
    }.RejectingOptions();

    public Option<string[]> Refs { get; } = new("--ref")
    {
        Description = "Scan only commits reachable from this ref or revision (repeatable); ^REV excludes what REV reaches.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Range { get; } = new("--range")
    {
        Description = "Scan only the commits in A..B (reachable from B, not from A), for incremental CI runs.",
    };

    public Option<string?> Since { get; } = new("--since")
    {
        Description = "Scan only commits committed at or after this date (ISO 8601, such as 2024-01-31).",
    };

    private int Execute(CliConsole console, ParseResult parsed)
    {
        var settings = scan.Read(parsed);
        var options = new GitScanOptions(
            parsed.GetValue(Refs) ?? [],
            parsed.GetValue(Range),
            ParseSince(parsed.GetValue(Since)),
            settings.MaxBytes);
        var path = parsed.GetValue(RepositoryPath) ?? ".";
        var configuration = settings.LoadConfiguration(path, console);
        var scanner = new FragmentScanner(settings.IncludeGeneric, configuration);
        return ScanRun.Execute(console, settings, progress =>
            RefReachability.Annotate(RangeBaseFilter.Apply(
                PathAllowlist.Apply(configuration, RepositoryDamage.Guard(() => new GitHistoryScanner(scanner, progress).Scan(path, options))),
                options)));
    }

    private static DateTimeOffset? ParseSince(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            ? since
            : throw new CliException($"--since: '{value}' is not a date (use ISO 8601, such as 2024-01-31)");
    }
}
