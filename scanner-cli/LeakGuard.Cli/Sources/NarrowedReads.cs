namespace LeakGuard.Cli.Sources;

/// <summary>How a narrowed scan (a range, <c>^ref</c>, <c>--since</c>) reads the objects it needs.</summary>
internal enum NarrowedReads
{
    /// <summary>Its commits, trees and blobs one by one through LibGit2Sharp.</summary>
    OnDemand,

    /// <summary>The whole object store in one stream, as a full scan does.</summary>
    Streamed,

    /// <summary>On demand, unless the scan covers enough of the history that the stream costs less (<see cref="NarrowedScanCost"/>).</summary>
    WhicheverIsCheaper,
}
