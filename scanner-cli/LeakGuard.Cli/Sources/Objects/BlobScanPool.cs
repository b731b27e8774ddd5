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
/// The queue is bounded, so a stream faster than the scanners waits rather than piling blobs up in memory, and a batch
/// is one pooled buffer, so gigabytes of history do not turn into gigabytes of garbage.
/// </summary>
internal sealed class BlobScanPool : IDisposable
{
    private const int BatchBytes = 1 << 20;

    private readonly BlockingCollection<Batch> queue = new(boundedCapacity: 16);
    private readonly FragmentScanner scanner;
    private readonly Action<string> warn;
    private readonly Task[] workers;
    private Batch? batch;

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
        if (batch is not null && batch.Used + length > batch.Buffer.Length)
        {
            Flush();
        }

        batch ??= new Batch(ArrayPool<byte>.Shared.Rent(Math.Max(BatchBytes, length)));
        var into = batch.Buffer.AsSpan(batch.Used, length);
        if (windows is null)
        {
            text.CopyTo(into);
        }
        else
        {
            var at = 0;
            foreach (var (start, end) in windows)
            {
                if (at > 0)
                {
                    into[at++] = (byte)'\n';
                }

                text[start..end].CopyTo(into[at..]);
                at += end - start;
            }
        }

        batch.Items.Add(new Queued(blob, batch.Used, length, windows is not null));
        batch.Used += length;
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
        if (batch is not null)
        {
            queue.Add(batch);
            batch = null;
        }
    }

    private void Work()
    {
        foreach (var (buffer, items) in queue.GetConsumingEnumerable().Select(b => (b.Buffer, b.Items)))
        {
            foreach (var (blob, start, length, windowed) in items)
            {
                var text = buffer.AsSpan(start, length);
                if (!windowed)
                {
                    ScanWhole(blob, text);
                }
                else if (scanner.Scan(TextDecoder.DecodeUtf8(text), warn).Count > 0)
                {
                    WindowHits.Add(blob);
                }
            }

            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A blob in a batch's buffer: all of its bytes, or its windows joined by line feeds.</summary>
    private readonly record struct Queued(int Blob, int Start, int Length, bool Windowed);

    /// <summary>Blobs copied one after another into one pooled buffer, at least a megabyte, or one blob's size if larger.</summary>
    private sealed class Batch(byte[] buffer)
    {
        public byte[] Buffer { get; } = buffer;

        public List<Queued> Items { get; } = [];

        public int Used { get; set; }
    }
}
