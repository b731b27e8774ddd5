using System.CommandLine;
using System.IO;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Sources;
using LibGit2Sharp;

namespace LeakGuard.Cli.Commands;

/// <summary>
/// <c>leakguard pre-push</c>: what the pre-push hook runs. Reads the pushed refs git writes on standard input and
/// scans only the commits the remote does not have yet; exit 1 blocks the push.
/// </summary>
internal sealed class PrePushCommand : Command
{
    private readonly ScanOptions scan = new();

    public PrePushCommand(CliConsole console, TextReader input)
        : base("pre-push", "Scan the commits being pushed, from the '<local ref> <local sha> <remote ref> <remote sha>' lines git gives a pre-push hook on standard input.")
    {
        Arguments.Add(RepositoryPath);
        scan.AddTo(this);
        SetAction(parsed => Execute(console, input, parsed));
    }

    public Argument<string> RepositoryPath { get; } = new Argument<string>("path")
    {
        Description = "Any folder inside the repository; defaults to the current folder.",
        DefaultValueFactory = _ => ".",
    }.RejectingOptions();

    private int Execute(CliConsole console, TextReader input, ParseResult parsed)
    {
        var settings = scan.Read(parsed);
        var path = parsed.GetValue(RepositoryPath) ?? ".";
        var gitDir = Repository.Discover(path) ?? throw new CliException($"not a git repository: {path}");
        string[] revisions;
        using (var repository = GitLibrary.Open(gitDir))
        {
            revisions = [.. PushedCommits.Revisions(repository, input)];
        }

        if (revisions.Length == 0)
        {
            return ScanRun.Execute(console, settings, _ => new ScanReport("git", path, [], new ScanStatistics()));
        }

        var configuration = settings.LoadConfiguration(path, console);
        var scanner = new FragmentScanner(settings.IncludeGeneric, configuration);
        var options = new GitScanOptions(revisions, null, null, settings.MaxBytes);
        return ScanRun.Execute(console, settings, progress =>
            RefReachability.Annotate(RangeBaseFilter.Apply(
                PathAllowlist.Apply(configuration, RepositoryDamage.Guard(() => new GitHistoryScanner(scanner, progress).Scan(path, options))),
                options)));
    }
}
