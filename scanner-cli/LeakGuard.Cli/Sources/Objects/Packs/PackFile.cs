using System;
using System.IO;
using System.IO.Compression;
using Microsoft.Win32.SafeHandles;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>
/// A pack file read through a window: entry headers are parsed from it and each entry's data is inflated from it. A
/// window rather than a memory mapping, so that a pack of gigabytes does not count against the scan's memory. Every
/// read is checked against the file's length, so a truncated pack throws <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class PackFile : IDisposable
{
    private const int WindowSize = 1 << 20;

    private readonly SafeFileHandle handle;
    private readonly long length;
    private readonly byte[] window = new byte[WindowSize];
    private long windowStart;
    private int windowLength;

    private PackFile(string path, PackIndex index)
    {
        Index = index;
        handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        length = RandomAccess.GetLength(handle);
        if (length < 32 || !Bytes(0, 4).SequenceEqual("PACK"u8))
        {
            handle.Dispose();
            throw new InvalidDataException("not a pack file");
        }
    }

    public PackIndex Index { get; }

    /// <summary>Where entry data ends: the 20-byte checksum closes the file.</summary>
    private long DataEnd => length - GitId.ByteLength;

    public static PackFile Open(string packPath)
    {
        var index = PackIndex.Open(Path.ChangeExtension(packPath, ".idx"));
        try
        {
            return new PackFile(packPath, index);
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

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

    /// <summary>
    /// Inflates an entry's data into <paramref name="destination"/>, exactly as long as the header says: a small entry
    /// straight from the window (<see cref="SmallInflater"/>), any other, or one the window cuts short, through zlib.
    /// </summary>
    public void InflateInto(PackEntry entry, Span<byte> destination)
    {
        if (entry.DataOffset >= DataEnd)
        {
            throw new InvalidDataException("truncated pack");
        }

        if (destination.Length <= SmallInflater.MaxOutput && SmallInflater.TryInflate(Slide(entry.DataOffset), destination))
        {
            return;
        }

        using var stream = new ZLibStream(new EntryStream(this, entry.DataOffset), CompressionMode.Decompress);
        try
        {
            stream.ReadExactly(destination);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("pack entry shorter than its header says", e);
        }
    }

    public void Dispose()
    {
        handle.Dispose();
        Index.Dispose();
    }

    /// <summary>Copies bytes from <paramref name="offset"/> on, as many as the window holds; 0 at the end of the data.</summary>
    private int Read(long offset, Span<byte> destination)
    {
        if (offset >= DataEnd)
        {
            return 0;
        }

        var inWindow = Slide(offset);
        var count = (int)Math.Min(Math.Min(destination.Length, inWindow.Length), DataEnd - offset);
        inWindow[..count].CopyTo(destination);
        return count;
    }

    private byte Byte(long offset) => offset < DataEnd ? Slide(offset)[0] : throw new InvalidDataException("truncated pack");

    private ReadOnlySpan<byte> Bytes(long offset, int count)
    {
        var inWindow = offset + count <= length ? Slide(offset) : [];
        return inWindow.Length >= count ? inWindow[..count] : throw new InvalidDataException("truncated pack");
    }

    /// <summary>The window from <paramref name="offset"/> on, moving the window there first if it does not hold it.</summary>
    private ReadOnlySpan<byte> Slide(long offset)
    {
        if (offset < windowStart || offset >= windowStart + windowLength)
        {
            windowStart = offset;
            windowLength = RandomAccess.Read(handle, window, offset);
        }

        return window.AsSpan((int)(offset - windowStart), windowLength - (int)(offset - windowStart));
    }

    /// <summary>An entry's compressed data as a stream, for <see cref="ZLibStream"/>.</summary>
    private sealed class EntryStream(PackFile pack, long position) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(Span<byte> buffer)
        {
            var read = pack.Read(position, buffer);
            position += read;
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
