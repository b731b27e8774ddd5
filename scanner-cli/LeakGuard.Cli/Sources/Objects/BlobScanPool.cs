using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Detect;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Decodes and scans text blobs on every core while the object stream goes on being read. Blobs travel in batches of
/// about a megabyte: handing each one over on its own would wake a thread per blob, which costs more than most scans.
/// The queue is bounded, so a stream faster than the scanners waits rather than piling blobs up in memory, and blob
/// bytes travel in pooled buffers, so gigabytes of history do not turn into gigabytes of garbage.
/// </summary>
internal sealed class BlobScanPool : IDisposable
{
    private const int BatchBytes = 1 << 20;

    private readonly BlockingCollection<List<Queued>> queue = new(boundedCapacity: 16);
    private readonly FragmentScanner scanner;
    private readonly Action<string> warn;
    private readonly Task[] workers;
    private List<Queued> batch = [];
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

    /// <summary>Blobs queued with windows in which something turned up: they need a whole scan for exact positions.</summary>
    public ConcurrentBag<int> WindowHits { get; } = [];

    /// <summary>
    /// Queues a copy of <paramref name="text"/>, bytes already judged to be text, to be scanned whole or, with
    /// <paramref name="windows"/> (UTF-8 only), just there; what turns up in windows is left in <see cref="WindowHits"/>.
    /// </summary>
    public void Add(int blob, ReadOnlySpan<byte> text, (int Start, int End)[]? windows)
    {
        if (windows is { Length: 0 })
        {
            return;
        }

        var length = windows is null ? text.Length : windows.Sum(w => w.End - w.Start) + windows.Length - 1;
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        if (windows is null)
        {
            text.CopyTo(bytes);
        }
        else
        {
            var at = 0;
            foreach (var (start, end) in windows)
            {
                if (at > 0)
                {
                    bytes[at++] = (byte)'\n';
                }

                text[start..end].CopyTo(bytes.AsSpan(at));
                at += end - start;
            }
        }

        batch.Add(new Queued(blob, bytes, length, windows is not null));
        batchBytes += length;
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
    public bool ScanWhole(int blob, ReadOnlySpan<byte> bytes)
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
            foreach (var (blob, bytes, length, windowed) in blobs)
            {
                var text = bytes.AsSpan(0, length);
                if (!windowed)
                {
                    ScanWhole(blob, text);
                }
                else if (scanner.Scan(TextDecoder.DecodeUtf8(text), warn).Count > 0)
                {
                    WindowHits.Add(blob);
                }

                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    /// <summary>A blob's bytes in a pooled buffer: all of them, or its windows joined by line feeds.</summary>
    private readonly record struct Queued(int Blob, byte[] Bytes, int Length, bool Windowed);
}
