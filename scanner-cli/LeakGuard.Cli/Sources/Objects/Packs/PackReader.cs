using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// Reads every object of one pack in pack order, the order git wrote them in: a delta's base usually came just before
/// it, so each base is inflated once and kept only while deltas still need it (counted up front from the headers).
/// </summary>
internal sealed class PackReader
{
    /// <summary>Far beyond git's own limit (pack.depth is capped at 4095): a longer chain can only be a loop.</summary>
    private const int MaxChain = 10_000;

    private readonly PackFile pack;
    private readonly Func<GitId, (ObjectType Type, byte[] Content)> readElsewhere;
    private readonly DeltaBaseCache cache = new();
    private long[] offsets = [];
    private int[] numbers = [];

    /// <summary>By position in offset order: how many deltas still to be read build on that entry.</summary>
    private int[] waitingDeltas = [];

    /// <summary>By position in offset order, which entries are blobs: read from the headers while the ids are numbered.</summary>
    private Task<bool[]> headers = Task.FromResult(Array.Empty<bool>());

    public PackReader(PackFile pack, Func<GitId, (ObjectType Type, byte[] Content)> readElsewhere)
    {
        this.pack = pack;
        this.readElsewhere = readElsewhere;
    }

    /// <summary>
    /// Sorts the entries by offset and numbers them in that order, so that objects stored near each other (a tree and
    /// what it names, mostly) are numbered near each other too. The ids are needed only here: the table keeps them.
    /// Done for every pack before any is read, so that reading never changes the table the sink is using.
    /// </summary>
    public void Number(ObjectTable ids)
    {
        var index = pack.Index;
        var byId = new GitId[index.Count];
        offsets = new long[index.Count];
        index.ReadEntries(byId, offsets);
        var positions = new int[index.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        Array.Sort(offsets, positions);

        // Numbering waits on memory, reading the headers on the file: they overlap, on another thread.
        headers = Task.Run(ReadHeaders);
        numbers = new int[index.Count];
        if (ids.Count == 0)
        {
            var numberOf = new int[index.Count];
            for (var i = 0; i < positions.Length; i++)
            {
                numberOf[positions[i]] = i;
            }

            if (ids.TryNumberAscending(byId, numberOf))
            {
                for (var i = 0; i < numbers.Length; i++)
                {
                    numbers[i] = i;
                }

                return;
            }
        }

        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = ids.Intern(byId[positions[i]]);
        }
    }

    /// <summary>
    /// Hands every object of the pack to <paramref name="sink"/>, by the numbers <see cref="Number"/> gave them: the
    /// commits and trees in pack order, the blobs in pack order, and blobs first whenever the sink is still working
    /// through the commits and trees it has (git stores those first, so the blob scanners would otherwise wait).
    /// </summary>
    public void ReadAll(IObjectSink sink)
    {
        var isBlob = headers.GetAwaiter().GetResult();
        var structure = NextOfKind(isBlob, 0, blob: false);
        var blob = NextOfKind(isBlob, 0, blob: true);
        while (structure < offsets.Length || blob < offsets.Length)
        {
            int at;
            if (blob < offsets.Length && (structure == offsets.Length || sink.StructureBehind()))
            {
                at = blob;
                blob = NextOfKind(isBlob, blob + 1, blob: true);
            }
            else
            {
                at = structure;
                structure = NextOfKind(isBlob, structure + 1, blob: false);
            }

            Read(offsets[at], numbers[at], waitingDeltas[at] > 0, sink);
        }

        (offsets, numbers, waitingDeltas) = ([], [], []);
    }

    /// <summary>
    /// Resolves the object at <paramref name="offset"/>, following its delta chain down to a whole object or one this
    /// reader resolved before: what it resolves stays cached (within the cache's limit), so that reading the versions
    /// of a file one after another, each built on the one before, applies one delta each instead of a whole chain. Its
    /// content goes to <paramref name="use"/> without a copy, valid only during the call.
    /// </summary>
    public void Resolve(long offset, ReadOnlySpanAction<byte, ObjectType> use)
    {
        try
        {
            var (type, content) = ResolveShared(offset, keep: true);
            use(content.Span, type);
        }
        finally
        {
            cache.ReturnDropped();
        }
    }

    /// <summary>
    /// Resolves the object at <paramref name="offset"/>, following its delta chain down to a whole object or one in the
    /// cache: its content may be the cache's, valid until the cache returns the buffers it dropped. With
    /// <paramref name="keep"/>, every object resolved on the way is cached too.
    /// </summary>
    private (ObjectType Type, ReadOnlyMemory<byte> Content) ResolveShared(long offset, bool keep = false)
    {
        var chain = new Stack<(long Offset, PackEntry Entry)>();
        (ObjectType Type, ReadOnlyMemory<byte> Content) resolved;
        while (true)
        {
            if (chain.Count > MaxChain)
            {
                throw new InvalidDataException("delta chain loops");
            }

            if (cache.TryGet(offset, out resolved))
            {
                break;
            }

            var entry = pack.ReadEntry(offset);
            if (!entry.IsDelta)
            {
                resolved = (entry.ObjectType, pack.Inflate(entry));
                if (keep)
                {
                    Keep(offset, resolved);
                }

                break;
            }

            chain.Push((offset, entry));
            if (BaseOf(entry) is not { } next)
            {
                resolved = readElsewhere(entry.BaseId);
                break;
            }

            offset = next;
        }

        while (chain.TryPop(out var step))
        {
            var delta = pack.Inflate(step.Entry);
            if (keep)
            {
                // Patched straight into a buffer of the cache's: no copy made and thrown away for each step.
                var length = checked((int)DeltaPatch.ResultSize(delta));
                var buffer = cache.Rent(length);
                DeltaPatch.Apply(resolved.Content.Span, delta, buffer.AsSpan(0, length));
                cache.Add(step.Offset, resolved.Type, buffer, length);
                resolved = (resolved.Type, buffer.AsMemory(0, length));
            }
            else
            {
                resolved = (resolved.Type, DeltaPatch.Apply(resolved.Content.Span, delta));
            }
        }

        return resolved;
    }

    /// <summary>Caches a copy of an object resolved on the way, in a buffer of the cache's own.</summary>
    private void Keep(long offset, (ObjectType Type, ReadOnlyMemory<byte> Content) resolved)
    {
        var buffer = cache.Rent(resolved.Content.Length);
        resolved.Content.Span.CopyTo(buffer);
        cache.Add(offset, resolved.Type, buffer, resolved.Content.Length);
    }

    /// <summary>
    /// Counts the deltas that build on each entry, and finds which entries are blobs, from the entry headers alone.
    /// </summary>
    private bool[] ReadHeaders()
    {
        var index = pack.Index;
        var waiting = new int[offsets.Length];
        var isBlob = new bool[offsets.Length];
        for (var at = 0; at < offsets.Length; at++)
        {
            var entry = pack.ReadEntry(offsets[at]);
            if (entry.Type == PackEntry.ReferenceDelta)
            {
                index.LoadIds();
            }

            if (BaseOf(entry) is { } baseOffset)
            {
                var from = PositionOf(baseOffset);
                waiting[from]++;

                // An offset delta's base is stored before it, so its kind is known; a reference delta's may come later:
                // such a delta is read with the commits and trees, and so is every delta built on it.
                isBlob[at] = entry.Type == PackEntry.OffsetDelta && isBlob[from];
            }
            else
            {
                isBlob[at] = !entry.IsDelta && entry.ObjectType == ObjectType.Blob;
            }
        }

        waitingDeltas = waiting;
        return isBlob;
    }

    /// <summary>Reads one entry; the cache's dropped buffers go back to the pool once the sink has had it.</summary>
    private void Read(long offset, int number, bool needed, IObjectSink sink)
    {
        try
        {
            ReadEntry(offset, number, needed, sink);
        }
        finally
        {
            cache.ReturnDropped();
        }
    }

    private void ReadEntry(long offset, int number, bool needed, IObjectSink sink)
    {
        var entry = pack.ReadEntry(offset);
        if (!entry.IsDelta)
        {
            if (!needed && !sink.Wants(entry.ObjectType, entry.Size))
            {
                sink.Skip(number, entry.ObjectType, entry.Size);
            }
            else if (needed)
            {
                var length = checked((int)entry.Size);
                var content = cache.Rent(length);
                pack.InflateInto(entry, content.AsSpan(0, length));
                cache.Add(offset, entry.ObjectType, content, length);
                Deliver(number, entry.ObjectType, content.AsSpan(0, length), sink, null, [], []);
            }
            else
            {
                using var content = new PooledBytes(entry.Size);
                pack.InflateInto(entry, content.Span);
                sink.Add(number, entry.ObjectType, content.Span);
            }

            return;
        }

        using var delta = new PooledBytes(entry.Size);
        pack.InflateInto(entry, delta.Span);
        var size = DeltaPatch.ResultSize(delta.Span);
        if (!needed && !sink.Wants(ObjectType.Blob, size) && TypeOf(entry) is var type && !sink.Wants(type, size))
        {
            Release(entry);
            sink.Skip(number, type, size);
            return;
        }

        var baseOffset = BaseOf(entry);
        var source = baseOffset is { } at ? ResolveShared(at) : readElsewhere(entry.BaseId);
        var baseNumber = baseOffset is { } known ? NumberAt(known) : (int?)null;
        Release(entry);
        if (needed)
        {
            var length = checked((int)size);
            var content = cache.Rent(length);
            DeltaPatch.Apply(source.Content.Span, delta.Span, content.AsSpan(0, length));
            cache.Add(offset, source.Type, content, length);
            Deliver(number, source.Type, content.AsSpan(0, length), sink, baseNumber, source.Content.Span, delta.Span);
        }
        else if (sink.Wants(source.Type, size))
        {
            using var content = new PooledBytes(size);
            DeltaPatch.Apply(source.Content.Span, delta.Span, content.Span);
            if (baseNumber is { } from)
            {
                sink.AddDerived(number, source.Type, content.Span, from, source.Content.Span, delta.Span);
            }
            else
            {
                sink.Add(number, source.Type, content.Span);
            }
        }
        else
        {
            sink.Skip(number, source.Type, size);
        }
    }

    /// <summary>An object later deltas build on, already cached: handed over like any other.</summary>
    private static void Deliver(int number, ObjectType type, ReadOnlySpan<byte> content, IObjectSink sink, int? deltaBase, ReadOnlySpan<byte> baseContent, ReadOnlySpan<byte> delta)
    {
        if (!sink.Wants(type, content.Length))
        {
            sink.Skip(number, type, content.Length);
        }
        else if (deltaBase is { } from)
        {
            sink.AddDerived(number, type, content, from, baseContent, delta);
        }
        else
        {
            sink.Add(number, type, content);
        }
    }

    private static int NextOfKind(bool[] isBlob, int from, bool blob)
    {
        var found = isBlob.AsSpan(from).IndexOf(blob);
        return found < 0 ? isBlob.Length : from + found;
    }

    private int NumberAt(long offset) => numbers[PositionOf(offset)];

    private int PositionOf(long offset)
    {
        var at = Array.BinarySearch(offsets, offset);
        return at >= 0 ? at : throw new InvalidDataException("delta base is not an entry of its pack");
    }

    /// <summary>One fewer delta waits for this entry's base; the last one lets it go.</summary>
    private void Release(PackEntry entry)
    {
        if (BaseOf(entry) is { } baseOffset && PositionOf(baseOffset) is var at && waitingDeltas[at] > 0 && --waitingDeltas[at] == 0)
        {
            cache.Remove(baseOffset);
        }
    }

    /// <summary>The offset of a delta's base when it is in this pack; null for whole objects and bases stored elsewhere.</summary>
    private long? BaseOf(PackEntry entry)
    {
        if (entry.Type == PackEntry.OffsetDelta)
        {
            return entry.BaseOffset;
        }

        if (entry.Type != PackEntry.ReferenceDelta)
        {
            return null;
        }

        Span<byte> id = stackalloc byte[GitId.ByteLength];
        entry.BaseId.CopyTo(id);
        return pack.Index.Find(id) is >= 0 and var found ? found : null;
    }

    /// <summary>A delta's type is its chain's whole object's type, read from headers alone.</summary>
    private ObjectType TypeOf(PackEntry entry)
    {
        for (var depth = 0; entry.IsDelta; depth++)
        {
            if (depth > MaxChain)
            {
                throw new InvalidDataException("delta chain loops");
            }

            if (BaseOf(entry) is not { } next)
            {
                return readElsewhere(entry.BaseId).Type;
            }

            entry = pack.ReadEntry(next);
        }

        return entry.ObjectType;
    }
}
