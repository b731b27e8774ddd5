using System;
using System.Buffers;
using System.Collections.Generic;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Pieces of bytes copied one after another into one pooled buffer, each with what it is, handed to another thread as
/// one piece of work: handing objects over one by one would wake a thread per object, and allocating each one a buffer
/// would turn gigabytes of history into gigabytes of garbage.
/// </summary>
internal sealed class ByteBatch<TItem>
{
    public ByteBatch(int capacity)
    {
        Buffer = ArrayPool<byte>.Shared.Rent(capacity);
    }

    public byte[] Buffer { get; }

    public List<(TItem Item, int Start, int Length)> Items { get; } = [];

    public int Used { get; private set; }

    public bool Fits(int length) => Used + length <= Buffer.Length;

    /// <summary>Reserves <paramref name="length"/> bytes for <paramref name="item"/>; the caller fills them.</summary>
    public Span<byte> Add(TItem item, int length)
    {
        var reserved = Buffer.AsSpan(Used, length);
        Items.Add((item, Used, length));
        Used += length;
        return reserved;
    }

    /// <summary>Gives the buffer back to the pool, once every item is done with.</summary>
    public void Release() => ArrayPool<byte>.Shared.Return(Buffer);
}
