using System.Threading;

namespace LeakGuard.Cli.Progress;

/// <summary>Counters a scan updates as it goes; a display polls them, so scanning never waits on rendering.</summary>
internal sealed class ScanProgress
{
    private long done;
    private long total;
    private string stage = "starting";

    public string Stage => Volatile.Read(ref stage);

    public long Done => Interlocked.Read(ref done);

    /// <summary>The expected count for the stage, or 0 when unknown.</summary>
    public long Total => Interlocked.Read(ref total);

    public void Begin(string name, long expected)
    {
        Interlocked.Exchange(ref done, 0);
        Interlocked.Exchange(ref total, expected);
        Volatile.Write(ref stage, name);
    }

    public void Advance() => Interlocked.Increment(ref done);
}
