using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Detect;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Decodes and scans text blobs on every core while the object stream goes on being read. The queue is bounded, so a
/// stream faster than the scanners waits rather than piling blobs up in memory.
/// </summary>
internal sealed class BlobScanPool : IDisposable
{
    private readonly BlockingCollection<(int Blob, byte[] Bytes)> queue = new(boundedCapacity: 256);
    private readonly FragmentScanner scanner;
    private readonly Action<string> warn;
    private readonly Task[] workers;

    public BlobScanPool(FragmentScanner scanner, Action<string> warn)
    {
        this.scanner = scanner;
        this.warn = warn;
        workers = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(_ => Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning))
            .ToArray();
    }

    public ConcurrentDictionary<int, IReadOnlyList<LocatedSecret>> Found { get; } = new();

    /// <summary>Queues <paramref name="text"/>, bytes already judged to be text and not changed afterwards.</summary>
    public void Add(int blob, byte[] text) => queue.Add((blob, text));

    /// <summary>Waits until every queued blob is scanned.</summary>
    public void Complete()
    {
        queue.CompleteAdding();
        Task.WaitAll(workers);
    }

    public void Dispose()
    {
        if (!queue.IsAddingCompleted)
        {
            queue.CompleteAdding();
            Task.WaitAll(workers);
        }

        queue.Dispose();
    }

    private void Work()
    {
        foreach (var (blob, bytes) in queue.GetConsumingEnumerable())
        {
            var located = scanner.Scan(TextDecoder.Decode(bytes), warn);
            if (located.Count > 0)
            {
                Found[blob] = located;
            }
        }
    }
}
