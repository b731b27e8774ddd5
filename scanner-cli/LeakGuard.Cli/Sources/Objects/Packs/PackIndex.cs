using System;
using System.Buffers.Binary;
using System.IO;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// A version 2 pack index (<c>.idx</c>): the sorted ids of a pack's objects with their offsets. Anything else (the
/// version 1 format of git before 1.5.2, a SHA-256 repository) is refused with <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class PackIndex
{
    private const int FanoutStart = 8;
    private const int NamesStart = FanoutStart + (256 * 4);

    private readonly byte[] data;
    private readonly int count;
    private readonly int offsetsStart;

    private PackIndex(byte[] data)
    {
        this.data = data;
        if (data.Length < NamesStart || !data.AsSpan(0, 8).SequenceEqual((ReadOnlySpan<byte>)[0xFF, (byte)'t', (byte)'O', (byte)'c', 0, 0, 0, 2]))
        {
            throw new InvalidDataException("not a version 2 pack index");
        }

        count = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(NamesStart - 4)));
        offsetsStart = NamesStart + (count * (GitId.ByteLength + 4));
        if ((long)offsetsStart + (count * 4L) + (2 * GitId.ByteLength) > data.Length)
        {
            throw new InvalidDataException("truncated pack index");
        }
    }

    public int Count => count;

    public static PackIndex Read(string path) => new(File.ReadAllBytes(path));

    public GitId IdAt(int position) => GitId.FromBytes(data.AsSpan(NamesStart + (position * GitId.ByteLength), GitId.ByteLength));

    public long OffsetAt(int position)
    {
        var offset = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offsetsStart + (position * 4)));
        if ((offset & 0x8000_0000) == 0)
        {
            return offset;
        }

        var large = offsetsStart + (count * 4) + ((int)(offset & 0x7FFF_FFFF) * 8);
        return large + 8 > data.Length ? throw new InvalidDataException("truncated pack index") : (long)BinaryPrimitives.ReadUInt64BigEndian(data.AsSpan(large));
    }

    /// <summary>The offset of <paramref name="id"/> in the pack, or -1 if the pack does not hold it.</summary>
    public long Find(ReadOnlySpan<byte> id)
    {
        var first = id[0];
        var low = first == 0 ? 0 : (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(FanoutStart + ((first - 1) * 4)));
        var high = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(FanoutStart + (first * 4))) - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = data.AsSpan(NamesStart + (middle * GitId.ByteLength), GitId.ByteLength).SequenceCompareTo(id);
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
}
