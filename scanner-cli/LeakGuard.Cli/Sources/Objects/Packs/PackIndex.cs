using System;
using System.Buffers.Binary;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// A version 2 pack index (<c>.idx</c>): the sorted ids of a pack's objects with their offsets. Read from the file as
/// needed rather than loaded: a whole-history read goes through it once in order, and its ids (20 bytes an object,
/// tens of megabytes in a large history) are then kept in the scan's own object table; only a pack whose deltas name
/// their bases by id keeps the ids in memory, to look those up. Anything but version 2 (the version 1 format of git
/// before 1.5.2, a SHA-256 repository) is refused with <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class PackIndex : IDisposable
{
    private const int FanoutStart = 8;
    private const int NamesStart = FanoutStart + (256 * 4);
    private const int EntriesPerRead = 1 << 16;

    private readonly SafeFileHandle handle;
    private readonly int[] fanout = new int[256];
    private readonly long offsetsStart;
    private readonly long largeStart;
    private readonly long largeEnd;
    private byte[]? names;
    private byte[]? largeOffsets;

    private PackIndex(SafeFileHandle handle)
    {
        this.handle = handle;
        Span<byte> header = stackalloc byte[NamesStart];
        if (RandomAccess.Read(handle, header, 0) != NamesStart || !header[..8].SequenceEqual((ReadOnlySpan<byte>)[0xFF, (byte)'t', (byte)'O', (byte)'c', 0, 0, 0, 2]))
        {
            throw new InvalidDataException("not a version 2 pack index");
        }

        for (var i = 0; i < fanout.Length; i++)
        {
            fanout[i] = checked((int)BinaryPrimitives.ReadUInt32BigEndian(header[(FanoutStart + (i * 4))..]));
            if (i > 0 && fanout[i] < fanout[i - 1])
            {
                throw new InvalidDataException("malformed pack index");
            }
        }

        Count = fanout[^1];
        offsetsStart = NamesStart + (Count * (long)(GitId.ByteLength + 4));
        largeStart = offsetsStart + (Count * 4L);
        largeEnd = RandomAccess.GetLength(handle) - (2 * GitId.ByteLength);
        if (largeStart > largeEnd)
        {
            throw new InvalidDataException("truncated pack index");
        }
    }

    public int Count { get; }

    public static PackIndex Open(string path)
    {
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            return new PackIndex(handle);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Every entry's id and offset, in the index's (id) order, read a block at a time.</summary>
    public void ReadEntries(Span<GitId> ids, Span<long> offsets)
    {
        if (ids.Length != Count || offsets.Length != Count)
        {
            throw new ArgumentException("one id and one offset per entry", nameof(ids));
        }

        var idBlock = new byte[EntriesPerRead * GitId.ByteLength];
        var offsetBlock = new byte[EntriesPerRead * 4];
        for (var first = 0; first < Count; first += EntriesPerRead)
        {
            var count = Math.Min(EntriesPerRead, Count - first);
            ReadExactly(idBlock.AsSpan(0, count * GitId.ByteLength), NamesStart + (first * (long)GitId.ByteLength));
            ReadExactly(offsetBlock.AsSpan(0, count * 4), offsetsStart + (first * 4L));
            for (var i = 0; i < count; i++)
            {
                ids[first + i] = GitId.FromBytes(idBlock.AsSpan(i * GitId.ByteLength, GitId.ByteLength));
                offsets[first + i] = Offset(BinaryPrimitives.ReadUInt32BigEndian(offsetBlock.AsSpan(i * 4)));
            }
        }
    }

    public long OffsetAt(int position)
    {
        Span<byte> raw = stackalloc byte[4];
        ReadExactly(raw, offsetsStart + (position * 4L));
        return Offset(BinaryPrimitives.ReadUInt32BigEndian(raw));
    }

    /// <summary>Keeps the ids in memory from now on, for a pack whose deltas look up their bases by id.</summary>
    public void LoadIds()
    {
        if (names is null)
        {
            var loaded = GC.AllocateUninitializedArray<byte>(checked(Count * GitId.ByteLength));
            ReadExactly(loaded, NamesStart);
            names = loaded;
        }
    }

    /// <summary>The offset of <paramref name="id"/> in the pack, or -1 if the pack does not hold it.</summary>
    public long Find(ReadOnlySpan<byte> id)
    {
        Span<byte> probe = stackalloc byte[GitId.ByteLength];
        var low = id[0] == 0 ? 0 : fanout[id[0] - 1];
        var high = fanout[id[0]] - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = NameAt(middle, probe).SequenceCompareTo(id);
            if (order == 0)
            {
                return OffsetAt(middle);
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    public void Dispose() => handle.Dispose();

    private ReadOnlySpan<byte> NameAt(int position, Span<byte> buffer)
    {
        if (names is not null)
        {
            return names.AsSpan(position * GitId.ByteLength, GitId.ByteLength);
        }

        ReadExactly(buffer, NamesStart + (position * (long)GitId.ByteLength));
        return buffer;
    }

    /// <summary>An offset entry: 31 bits of offset, or with the top bit set, a position in the table of 8-byte offsets.</summary>
    private long Offset(uint entry)
    {
        if ((entry & 0x8000_0000) == 0)
        {
            return entry;
        }

        largeOffsets ??= ReadLargeOffsets();
        var at = (long)(entry & 0x7FFF_FFFF) * 8;
        return at + 8 > largeOffsets.Length ? throw new InvalidDataException("truncated pack index") : (long)BinaryPrimitives.ReadUInt64BigEndian(largeOffsets.AsSpan((int)at));
    }

    private byte[] ReadLargeOffsets()
    {
        var table = new byte[checked((int)(largeEnd - largeStart))];
        ReadExactly(table, largeStart);
        return table;
    }

    private void ReadExactly(Span<byte> destination, long offset)
    {
        while (!destination.IsEmpty)
        {
            var read = offset < largeEnd ? RandomAccess.Read(handle, destination, offset) : 0;
            if (read <= 0)
            {
                throw new InvalidDataException("truncated pack index");
            }

            destination = destination[read..];
            offset += read;
        }
    }
}
