using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Sources;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>A whole-history scan without the command line, through the streamed reader or through LibGit2Sharp.</summary>
internal static class HistoryScan
{
    public static ScanReport Run(string path, bool streamObjects, long maxBlobBytes = 1 << 20) =>
        new GitHistoryScanner(new FragmentScanner(includeGeneric: false), new ScanProgress()) { StreamObjects = streamObjects }
            .Scan(path, new GitScanOptions([], null, null, maxBlobBytes));
}
