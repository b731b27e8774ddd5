using System.Threading;
using LeakGuard.Cli.Findings;

namespace LeakGuard.Cli.Sources;

/// <summary>Thread-safe tallies of what the readers scanned and skipped.</summary>
internal sealed class ContentCounters
{
    private int files;
    private long bytes;
    private int binary;
    private int lfs;
    private int large;
    private int unreadable;
    private int notInClone;

    public void Scanned(long size)
    {
        Interlocked.Increment(ref files);
        Interlocked.Add(ref bytes, size);
    }

    public void Skipped(ContentKind kind)
    {
        if (kind == ContentKind.LfsPointer)
        {
            Interlocked.Increment(ref lfs);
        }
        else
        {
            Interlocked.Increment(ref binary);
        }
    }

    public void SkippedLarge() => Interlocked.Increment(ref large);

    public void SkippedUnreadable() => Interlocked.Increment(ref unreadable);

    public void NotInClone() => Interlocked.Increment(ref notInClone);

    public void CopyTo(ScanStatistics statistics)
    {
        statistics.Files = files;
        statistics.Bytes = bytes;
        statistics.SkippedBinary = binary;
        statistics.SkippedLfs = lfs;
        statistics.SkippedLarge = large;
        statistics.SkippedUnreadable = unreadable;
        statistics.NotInClone = notInClone;
    }
}
