using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// A SHA-1 object id held in three fields rather than an array: millions of them are kept and hashed during a history
/// scan, and a struct costs neither an allocation nor a pointer chase. Packed to its 20 bytes, not padded to 24.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct GitId(ulong High, ulong Middle, uint Low)
{
    public const int ByteLength = 20;

    public static GitId FromBytes(ReadOnlySpan<byte> raw) => new(
        BinaryPrimitives.ReadUInt64BigEndian(raw),
        BinaryPrimitives.ReadUInt64BigEndian(raw[8..]),
        BinaryPrimitives.ReadUInt32BigEndian(raw[16..]));

    /// <summary>Parses 40 hexadecimal digits, as ASCII bytes; false for anything else.</summary>
    public static bool TryParseHex(ReadOnlySpan<byte> hex, out GitId id)
    {
        Span<byte> raw = stackalloc byte[ByteLength];
        if (hex.Length != ByteLength * 2 || Convert.FromHexString(hex, raw, out _, out var written) != System.Buffers.OperationStatus.Done || written != ByteLength)
        {
            id = default;
            return false;
        }

        id = FromBytes(raw);
        return true;
    }

    public static GitId From(ObjectId id) => FromBytes(id.RawId);

    public ObjectId ToObjectId() => new(ToBytes());

    public byte[] ToBytes()
    {
        var raw = new byte[ByteLength];
        CopyTo(raw);
        return raw;
    }

    public void CopyTo(Span<byte> raw)
    {
        BinaryPrimitives.WriteUInt64BigEndian(raw, High);
        BinaryPrimitives.WriteUInt64BigEndian(raw[8..], Middle);
        BinaryPrimitives.WriteUInt32BigEndian(raw[16..], Low);
    }

    /// <summary>The id's own bits are uniformly random: no mixing needed.</summary>
    public override int GetHashCode() => (int)Low;

    public override string ToString() => ToObjectId().Sha;
}
