using System;
using System.Collections.Generic;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// A tree's entry numbers stored as the differences between neighbours, zigzag varint coded. Entries are numbered as
/// they are first met, so a tree's unchanged entries mostly differ by one from their neighbour and take one byte
/// instead of four: the trees of a long history are the largest thing a scan keeps.
/// </summary>
internal static class PackedEntryList
{
    public static byte[] Pack(IReadOnlyList<int> entries)
    {
        var bytes = new List<byte>(entries.Count + 4);
        Write(bytes, (uint)entries.Count);
        var previous = 0;
        foreach (var entry in entries)
        {
            var difference = entry - previous;
            Write(bytes, (uint)((difference << 1) ^ (difference >> 31)));
            previous = entry;
        }

        return [.. bytes];
    }

    public static int[] Unpack(ReadOnlySpan<byte> packed)
    {
        var at = 0;
        var entries = new int[Read(packed, ref at)];
        var previous = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var zigzag = Read(packed, ref at);
            previous += (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
            entries[i] = previous;
        }

        return entries;
    }

    private static void Write(List<byte> bytes, uint value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
    }

    private static uint Read(ReadOnlySpan<byte> packed, ref int at)
    {
        uint value = 0;
        var shift = 0;
        byte next;
        do
        {
            next = packed[at++];
            value |= (uint)(next & 0x7F) << shift;
            shift += 7;
        }
        while ((next & 0x80) != 0);

        return value;
    }
}
