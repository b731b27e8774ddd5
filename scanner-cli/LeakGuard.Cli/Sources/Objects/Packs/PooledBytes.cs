using System;
using System.Buffers;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// A buffer rented for one object that nothing keeps (most trees and commits, every blob once it is copied for
/// scanning): reading a history would otherwise allocate, and zero, every byte of it.
/// </summary>
internal readonly struct PooledBytes : IDisposable
{
    private readonly byte[] array;
    private readonly int length;

    public PooledBytes(long length)
    {
        this.length = checked((int)length);
        array = ArrayPool<byte>.Shared.Rent(Math.Max(this.length, 1));
    }

    public Span<byte> Span => array.AsSpan(0, length);

    public void Dispose() => ArrayPool<byte>.Shared.Return(array);
}
