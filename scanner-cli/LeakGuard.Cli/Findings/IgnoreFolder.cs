using LibGit2Sharp;

namespace LeakGuard.Cli.Findings;

/// <summary>
/// Where a scan's <c>.leakguardignore</c> lives: the scanned folder, or the root of the scanned repository's working
/// tree (a staged scan's root already is).
/// </summary>
internal static class IgnoreFolder
{
    public static string? Of(ScanReport report)
    {
        if (report.Kind is "dir" or "staged")
        {
            return report.Root;
        }

        if (Repository.Discover(report.Root) is not { } gitDir)
        {
            return null;
        }

        using var repository = GitLibrary.Open(gitDir);
        return repository.Info.WorkingDirectory;
    }
}
