using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Detect;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Decodes and scans text blobs on every core while the object stream goes on being read. Blobs travel in batches of
/// about a megabyte: handing each one over on its own would wake a thread per blob, which costs more than most scans.
/// The queue is bounded, so a stream faster than the scanners waits rather than piling blobs up in memory.
/// </summary>
internal sealed class BlobScanPool : IDisposable
{
    private const int BatchBytes = 1 << 20;

    private readonly BlockingCollection<List<(int Blob, byte[] Bytes, (int Start, int End)[]? Windows)>> queue = new(boundedCapacity: 16);
    private readonly FragmentScanner scanner;
    private readonly Action<string> warn;
    private readonly Task[] workers;
    private List<(int Blob, byte[] Bytes, (int Start, int End)[]? Windows)> batch = [];
    private long batchBytes;

    public BlobScanPool(FragmentScanner scanner, Action<string> warn)
    {
        this.scanner = scanner;
        this.warn = warn;
        workers = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(_ => Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning))
            .ToArray();
    }

    public ConcurrentDictionary<int, IReadOnlyList<LocatedSecret>> Found { get; } = new();

    /// <summary>
    /// Queues <paramref name="text"/>, bytes already judged to be text, to be scanned whole or, with
    /// <paramref name="windows"/>, only there unless something turns up (then whole, for exact positions).
    /// </summary>
    public void Add(int blob, byte[] text, (int Start, int End)[]? windows)
    {
        batch.Add((blob, text, windows));
        batchBytes += text.Length;
        if (batchBytes >= BatchBytes)
        {
            Flush();
        }
    }

    /// <summary>Waits until every queued blob is scanned.</summary>
    public void Complete()
    {
        Flush();
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

    /// <summary>Scans a whole blob on the calling thread; true if it holds secrets.</summary>
    public bool ScanWhole(int blob, byte[] bytes)
    {
        var located = scanner.Scan(TextDecoder.Decode(bytes), warn);
        if (located.Count > 0)
        {
            Found[blob] = located;
        }

        return located.Count > 0;
    }

    private void Flush()
    {
        if (batch.Count > 0)
        {
            queue.Add(batch);
            batch = [];
            batchBytes = 0;
        }
    }

    private void Work()
    {
        foreach (var blobs in queue.GetConsumingEnumerable())
        {
            foreach (var (blob, bytes, windows) in blobs)
            {
                if (windows is null || scanner.Scan(string.Join('\n', windows.Select(w => TextDecoder.DecodeUtf8(bytes.AsSpan(w.Start, w.End - w.Start)))), warn).Count > 0)
                {
                    ScanWhole(blob, bytes);
                }
            }
        }
    }
}
