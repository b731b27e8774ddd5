using System;
using System.Buffers.Text;
using System.IO;
using System.IO.Compression;

namespace LeakGuard.Cli.Sources.Objects.Packs;

/// <summary>An object stored on its own: a zlib stream of <c>type SP size NUL</c> followed by the content.</summary>
internal static class LooseObject
{
    private const int HeaderLimit = 32;

    public static void Read(string path, int number, IObjectSink sink)
    {
        using var stream = new ZLibStream(File.OpenRead(path), CompressionMode.Decompress);
        var (type, size) = ReadHeader(stream);
        if (!sink.Wants(type, size))
        {
            sink.Skip(number, type, size);
            return;
        }

        sink.Add(number, type, ReadContent(stream, size));
    }

    public static (ObjectType Type, byte[] Content) Read(string path)
    {
        using var stream = new ZLibStream(File.OpenRead(path), CompressionMode.Decompress);
        var (type, size) = ReadHeader(stream);
        return (type, ReadContent(stream, size));
    }

    private static (ObjectType Type, long Size) ReadHeader(Stream stream)
    {
        Span<byte> header = stackalloc byte[HeaderLimit];
        var length = 0;
        for (int next; (next = stream.ReadByte()) != 0; length++)
        {
            if (next < 0 || length == HeaderLimit)
            {
                throw new InvalidDataException("malformed loose object header");
            }

            header[length] = (byte)next;
        }

        var text = header[..length];
        var space = text.IndexOf((byte)' ');
        if (space < 0 || !Utf8Parser.TryParse(text[(space + 1)..], out long size, out var consumed) || consumed != length - space - 1)
        {
            throw new InvalidDataException("malformed loose object header");
        }

        var type = text[..space] switch
        {
            var t when t.SequenceEqual("blob"u8) => ObjectType.Blob,
            var t when t.SequenceEqual("tree"u8) => ObjectType.Tree,
            var t when t.SequenceEqual("commit"u8) => ObjectType.Commit,
            _ => ObjectType.Other,
        };
        return (type, size);
    }

    private static byte[] ReadContent(Stream stream, long size)
    {
        var content = GC.AllocateUninitializedArray<byte>(checked((int)size));
        try
        {
            stream.ReadExactly(content);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("loose object shorter than its header says", e);
        }

        return content;
    }
}
