using System;
using System.Buffers;
using System.Collections.Generic;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// Resolved objects that later deltas of the same pack still build on, dropped once their last delta is applied. Over
/// the byte limit (in buffer bytes; two thirds of git's default for its own delta base cache, which rebuilt no fewer
/// objects on a 200,000-commit history) the oldest are dropped early; a delta that needs one again rebuilds it from
/// the pack. Most of a history's bytes pass through here, so the buffers come from a pool of the cache's own and go
/// back once dropped, instead of leaving gigabytes of garbage for the collector; they go back only when
/// <see cref="ReturnDropped"/> says that nothing read from the cache is in use any more.
/// </summary>
internal sealed class DeltaBaseCache
{
    private const long ByteLimit = 64L * 1024 * 1024;

    /// <summary>
    /// Buffers of up to a megabyte (source files) come from a pool, at most eight of each size kept while unused: some
    /// 16 MB idle at most, whatever the history. Larger ones are rare, allocated as they come and kept by the few.
    /// </summary>
    private const int MaxPooled = 1 << 20;

    /// <summary>
    /// Larger buffers dropped, kept for the next large object: a file of a megabyte or more rebuilt version after version
    /// (a bundle committed with the code) otherwise takes fresh memory, page by page, for every version.
    /// </summary>
    private const int MaxSpareLarge = 4;

    private const int LargeRounding = 64 * 1024;

    private readonly ArrayPool<byte> pool = ArrayPool<byte>.Create(maxArrayLength: MaxPooled, maxArraysPerBucket: 8);
    private readonly List<byte[]> spareLarge = [];

    private readonly Dictionary<long, (ObjectType Type, byte[] Buffer, int Length)> bases = [];
    private readonly Queue<long> age = new();
    private readonly List<byte[]> dropped = [];
    private long bytes;

    /// <summary>A buffer for an object to be added: at least <paramref name="length"/> bytes.</summary>
    public byte[] Rent(int length)
    {
        if (length <= MaxPooled)
        {
            return pool.Rent(Math.Max(length, 1));
        }

        var fitting = spareLarge.FindIndex(buffer => buffer.Length >= length);
        if (fitting < 0)
        {
            // Rounded up, so that the next version of the file, a few bytes longer, fits too.
            return GC.AllocateUninitializedArray<byte>((length + LargeRounding - 1) / LargeRounding * LargeRounding);
        }

        var spare = spareLarge[fitting];
        spareLarge.RemoveAt(fitting);
        return spare;
    }

    public bool TryGet(long offset, out (ObjectType Type, ReadOnlyMemory<byte> Content) resolved)
    {
        if (bases.TryGetValue(offset, out var found))
        {
            resolved = (found.Type, found.Buffer.AsMemory(0, found.Length));
            return true;
        }

        resolved = default;
        return false;
    }

    /// <summary>Adds an object: the first <paramref name="length"/> bytes of <paramref name="buffer"/>, from <see cref="Rent"/>, which the cache now owns.</summary>
    public void Add(long offset, ObjectType type, byte[] buffer, int length)
    {
        if (!bases.TryAdd(offset, (type, buffer, length)))
        {
            dropped.Add(buffer);
            return;
        }

        age.Enqueue(offset);
        bytes += buffer.Length;
        while (bytes > ByteLimit && age.TryDequeue(out var oldest))
        {
            Remove(oldest);
        }
    }

    public void Remove(long offset)
    {
        if (bases.Remove(offset, out var removed))
        {
            bytes -= removed.Buffer.Length;
            dropped.Add(removed.Buffer);
        }
    }

    /// <summary>Gives the buffers of the objects dropped so far back to the pool.</summary>
    public void ReturnDropped()
    {
        foreach (var buffer in dropped)
        {
            if (buffer.Length <= MaxPooled)
            {
                pool.Return(buffer);
            }
            else if (spareLarge.Count < MaxSpareLarge)
            {
                spareLarge.Add(buffer);
            }
        }

        dropped.Clear();
    }
}
