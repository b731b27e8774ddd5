using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Detect;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Decodes and scans text blobs on every core while the object stream goes on being read. Blobs travel in batches of
/// about a quarter of a megabyte (<see cref="ByteBatch{TItem}"/>); the queue is bounded, so a stream faster than the
/// scanners waits rather than piling blobs up in memory. Smaller batches than the parser's: the batches waiting here,
/// and those the shared array pool keeps for reuse, count in the peak (a quarter of a megabyte, not one, took 20-25 MB
/// off a 200,000-commit scan's, no slower).
/// </summary>
internal sealed class BlobScanPool : IDisposable
{
    /// <summary>How long a text each worker decodes into its own buffer (a quarter of a megabyte of bytes decodes to at most as many characters).</summary>
    private const int BufferedCharacters = 1 << 18;

    private readonly BlockingCollection<ByteBatch<(int Blob, bool Windowed)>> queue = new(boundedCapacity: 16);
    private readonly ByteBatcher<(int Blob, bool Windowed)> batcher;
    private readonly FragmentScanner scanner;
    private readonly Action<string> warn;
    private readonly Task[] workers;

    public BlobScanPool(FragmentScanner scanner, Action<string> warn)
    {
        this.scanner = scanner;
        this.warn = warn;
        batcher = new(queue.Add, batchBytes: 1 << 18);
        workers = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(_ => Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning))
            .ToArray();
    }

    public ConcurrentDictionary<int, IReadOnlyList<LocatedSecret>> Found { get; } = new();

    /// <summary>Blobs queued with windows in which something turned up, and what (placed in the windows): they need another look.</summary>
    public ConcurrentDictionary<int, IReadOnlyList<LocatedSecret>> WindowHits { get; } = new();

    /// <summary>
    /// Blobs that take a key by name (<see cref="LeakGuard.Engine.ScanResult.TakesKeyByName"/>), whole or in their
    /// windows: a version built on one may assign that name a key its windows show without the use that names it.
    /// </summary>
    public ConcurrentDictionary<int, bool> TakingKeysByName { get; } = new();

    /// <summary>
    /// Queues a copy of <paramref name="text"/>, bytes already judged to be text, to be scanned whole or, with
    /// <paramref name="windows"/> (UTF-8 only), just there; what turns up in windows is left in <see cref="WindowHits"/>.
    /// </summary>
    public void Add(int blob, ReadOnlySpan<byte> text, (int Start, int End)[]? windows)
    {
        if (windows is null)
        {
            text.CopyTo(batcher.Add((blob, false), text.Length));
            return;
        }

        if (windows.Length == 0)
        {
            return;
        }

        var into = batcher.Add((blob, true), windows.Sum(w => w.End - w.Start) + windows.Length - 1);
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

    /// <summary>Waits until every queued blob is scanned.</summary>
    public void Complete()
    {
        batcher.Flush();
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

    /// <summary>
    /// Scans a blob again on the calling thread: whole, or with the <paramref name="candidates"/> it may have copied
    /// from its base, only where their text occurs (<see cref="InheritedSecrets"/>), and whole if that cannot tell.
    /// </summary>
    public void Rescan(int blob, ReadOnlySpan<byte> bytes, IReadOnlyList<LocatedSecret>? candidates) =>
        Keep(blob, (candidates is null ? null : InheritedSecrets.Find(bytes, candidates, scanner, warn)) ?? Whole(bytes));

    private IReadOnlyList<LocatedSecret> Whole(ReadOnlySpan<byte> bytes) => scanner.Scan(TextDecoder.Decode(bytes), warn);

    private void Keep(int blob, IReadOnlyList<LocatedSecret> located)
    {
        if (located.Count > 0)
        {
            Found[blob] = located;
        }
    }

    private void Work()
    {
        var chars = new char[BufferedCharacters];
        foreach (var batch in queue.GetConsumingEnumerable())
        {
            foreach (var ((blob, windowed), start, length) in batch.Items)
            {
                var found = Scan(batch.Buffer.AsSpan(start, length), windowed, chars, out var takesKeyByName);
                if (takesKeyByName)
                {
                    TakingKeysByName[blob] = true;
                }

                if (!windowed)
                {
                    Keep(blob, found);
                }
                else if (found.Count > 0)
                {
                    WindowHits[blob] = found;
                }
            }

            batch.Release();
        }
    }

    /// <summary>
    /// Decodes a text into the worker's buffer, of which the engine makes a string only when it may find something
    /// there (in code, one file in ten or fewer): most of a history's text never becomes garbage to collect.
    /// </summary>
    private IReadOnlyList<LocatedSecret> Scan(ReadOnlySpan<byte> bytes, bool windowed, char[] chars, out bool takesKeyByName) =>
        scanner.Scan(windowed ? TextDecoder.DecodeUtf8(bytes, chars) : TextDecoder.Decode(bytes, chars), warn, out takesKeyByName);
}
