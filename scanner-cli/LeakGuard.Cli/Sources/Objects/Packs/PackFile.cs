using System;
using System.IO;
using System.IO.Compression;
using System.IO.MemoryMappedFiles;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// A pack file mapped into memory: entry headers are read in place and each entry's data is inflated straight from the
/// mapping. Every read is checked against the file's length, so a truncated pack throws <see cref="InvalidDataException"/>.
/// </summary>
internal sealed unsafe class PackFile : IDisposable
{
    private readonly MemoryMappedFile map;
    private readonly MemoryMappedViewAccessor view;
    private readonly byte* start;
    private readonly long length;

    private PackFile(string path, PackIndex index)
    {
        Index = index;
        length = new FileInfo(path).Length;
        if (length < 32)
        {
            throw new InvalidDataException("truncated pack");
        }

        map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        start = pointer + view.PointerOffset;
        if (!Bytes(0, 4).SequenceEqual("PACK"u8))
        {
            throw new InvalidDataException("not a pack file");
        }
    }

    public PackIndex Index { get; }

    /// <summary>Where entry data ends: the 20-byte checksum closes the file.</summary>
    public long DataEnd => length - GitId.ByteLength;

    public static PackFile Open(string packPath) => new(packPath, PackIndex.Read(Path.ChangeExtension(packPath, ".idx")));

    public PackEntry ReadEntry(long offset)
    {
        var at = offset;
        var first = Byte(at++);
        var type = (first >> 4) & 7;
        long size = first & 0x0F;
        var shift = 4;
        for (var next = first; (next & 0x80) != 0; shift += 7)
        {
            next = Byte(at++);
            size |= (long)(next & 0x7F) << shift;
            if (shift > 56)
            {
                throw new InvalidDataException("malformed pack entry size");
            }
        }

        switch (type)
        {
            case PackEntry.OffsetDelta:
                var c = Byte(at++);
                long distance = c & 0x7F;
                while ((c & 0x80) != 0)
                {
                    c = Byte(at++);
                    distance = ((distance + 1) << 7) | (long)(c & 0x7F);
                }

                return distance <= 0 || distance > offset
                    ? throw new InvalidDataException("malformed delta base offset")
                    : new PackEntry(type, size, at, offset - distance, default);
            case PackEntry.ReferenceDelta:
                return new PackEntry(type, size, at + GitId.ByteLength, -1, GitId.FromBytes(Bytes(at, GitId.ByteLength)));
            case >= 1 and <= 4:
                return new PackEntry(type, size, at, -1, default);
            default:
                throw new InvalidDataException("unknown pack entry type");
        }
    }

    /// <summary>Inflates an entry's data, whose inflated size the header gives.</summary>
    public byte[] Inflate(PackEntry entry)
    {
        var result = GC.AllocateUninitializedArray<byte>(checked((int)entry.Size));
        InflateInto(entry, result);
        return result;
    }

    /// <summary>Inflates the first bytes of an entry's data only: enough for a delta's two size headers.</summary>
    public int InflatePrefix(PackEntry entry, Span<byte> destination)
    {
        using var stream = Open(entry);
        return stream.ReadAtLeast(destination[..(int)Math.Min(destination.Length, entry.Size)], (int)Math.Min(destination.Length, entry.Size), throwOnEndOfStream: false);
    }

    public void Dispose()
    {
        view.SafeMemoryMappedViewHandle.ReleasePointer();
        view.Dispose();
        map.Dispose();
    }

    /// <summary>Inflates an entry's data into <paramref name="destination"/>, exactly as long as the header says.</summary>
    public void InflateInto(PackEntry entry, Span<byte> destination)
    {
        using var stream = Open(entry);
        try
        {
            stream.ReadExactly(destination);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("pack entry shorter than its header says", e);
        }
    }

    private ZLibStream Open(PackEntry entry)
    {
        if (entry.DataOffset >= DataEnd)
        {
            throw new InvalidDataException("truncated pack");
        }

        return new ZLibStream(new UnmanagedMemoryStream(start + entry.DataOffset, DataEnd - entry.DataOffset), CompressionMode.Decompress);
    }

    private byte Byte(long offset) => offset < DataEnd ? start[offset] : throw new InvalidDataException("truncated pack");

    private ReadOnlySpan<byte> Bytes(long offset, int count) =>
        offset + count <= length ? new ReadOnlySpan<byte>(start + offset, count) : throw new InvalidDataException("truncated pack");
}
