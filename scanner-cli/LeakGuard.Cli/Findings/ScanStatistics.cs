using System;
using System.Collections.Generic;

namespace LeakGuard.Cli.Findings;

/// <summary>What a scan covered and what it left out, for the summary line.</summary>
internal sealed class ScanStatistics
{
    public int Commits { get; set; }

    public int Files { get; set; }

    public long Bytes { get; set; }

    public int SkippedBinary { get; set; }

    public int SkippedLfs { get; set; }

    public int SkippedLarge { get; set; }

    public int SkippedUnreadable { get; set; }

    /// <summary>Blobs a partial clone left on its remote: the walk met them, nothing could scan them.</summary>
    public int NotInClone { get; set; }

    /// <summary>Folders whose entries could not be listed: nothing below them was scanned.</summary>
    public int UnreadableFolders { get; set; }

    public int Submodules { get; set; }

    public bool Shallow { get; set; }

    public TimeSpan Elapsed { get; set; }

    public List<string> Notes { get; } = [];
}
