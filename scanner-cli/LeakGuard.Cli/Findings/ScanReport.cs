using System.Collections.Generic;

namespace LeakGuard.Cli.Findings;

/// <summary>The result of one scan, as handed to a reporter.</summary>
/// <param name="Kind">"git", "dir" or "staged".</param>
/// <param name="Root">The scanned root, as the user named it; for a staged scan, the top of the working tree.</param>
internal sealed record ScanReport(string Kind, string Root, IReadOnlyList<Finding> Findings, ScanStatistics Statistics)
{
    /// <summary>Findings a baseline or <c>.leakguardignore</c> names: not leaks for the exit code, but still counted.</summary>
    public IReadOnlyList<Finding> Ignored { get; init; } = [];
}
