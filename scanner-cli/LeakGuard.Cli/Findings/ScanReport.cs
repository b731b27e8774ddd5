using System.Collections.Generic;

namespace LeakGuard.Cli.Findings;

/// <summary>The result of one scan, as handed to a reporter.</summary>
/// <param name="Kind">"git" or "dir".</param>
/// <param name="Root">The scanned root, as the user named it.</param>
internal sealed record ScanReport(string Kind, string Root, IReadOnlyList<Finding> Findings, ScanStatistics Statistics);
