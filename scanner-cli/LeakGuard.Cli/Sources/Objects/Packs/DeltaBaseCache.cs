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
    /// Buffers of up to a megabyte (source files; larger objects are rare and allocated as they come), at most eight of
    /// each size kept while unused: some 16 MB idle at most, whatever the history.
    /// </summary>
    private readonly ArrayPool<byte> pool = ArrayPool<byte>.Create(maxArrayLength: 1 << 20, maxArraysPerBucket: 8);

    private readonly Dictionary<long, (ObjectType Type, byte[] Buffer, int Length)> bases = [];
    private readonly Queue<long> age = new();
    private readonly List<byte[]> dropped = [];
    private long bytes;

    /// <summary>A buffer for an object to be added: at least <paramref name="length"/> bytes.</summary>
    public byte[] Rent(int length) => pool.Rent(Math.Max(length, 1));

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
            pool.Return(buffer);
        }

        dropped.Clear();
    }
}
