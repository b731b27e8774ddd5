using System;
using System.Collections.Generic;
using System.IO;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Every tree's entry numbers, the largest thing a history scan keeps. A tree is stored as the differences between
/// neighbouring entry numbers, zigzag varint coded: entries are numbered as they are first met, so a tree's unchanged
/// entries mostly differ by one from their neighbour and take one byte instead of four. The codes go into chunks of a
/// megabyte, found by object number, so a million trees cost a few large arrays rather than a million small ones.
/// </summary>
internal sealed class PackedTrees
{
    private const int OffsetBits = 20;
    private const int ChunkSize = 1 << OffsetBits;

    /// <summary>Chunk number and offset share 32 bits, and 0 means "no tree": 4,094 chunks, about 4 GB of codes.</summary>
    private const int MaxChunks = (1 << (32 - OffsetBits)) - 2;

    private readonly List<byte[]> chunks = [];
    private uint[] locations = new uint[1024];
    private byte[] scratch = new byte[1024];
    private int used = ChunkSize;

    public bool Contains(int tree) => tree < locations.Length && locations[tree] != 0;

    /// <summary>Stores the entries of <paramref name="tree"/> (an object number); throws if the store is full.</summary>
    public void Add(int tree, IReadOnlyList<int> entries)
    {
        var length = Encode(entries);
        if (ChunkSize - used < length)
        {
            if (chunks.Count == MaxChunks)
            {
                throw new InvalidDataException("too many trees to keep in memory");
            }

            chunks.Add(new byte[Math.Max(ChunkSize, length)]);
            used = 0;
        }

        scratch.AsSpan(0, length).CopyTo(chunks[^1].AsSpan(used));
        if (tree >= locations.Length)
        {
            Array.Resize(ref locations, Math.Max(tree + 1, locations.Length * 2));
        }

        locations[tree] = ((((uint)chunks.Count - 1) << OffsetBits) | (uint)used) + 1;
        used += length;
    }

    /// <summary>The entry numbers of a tree that <see cref="Contains"/> says is stored.</summary>
    public int[] Unpack(int tree)
    {
        var location = locations[tree] - 1;
        var packed = chunks[(int)(location >> OffsetBits)].AsSpan((int)(location & (ChunkSize - 1)));
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

    private int Encode(IReadOnlyList<int> entries)
    {
        var longest = (entries.Count + 1) * 5;
        if (scratch.Length < longest)
        {
            scratch = new byte[Math.Max(longest, scratch.Length * 2)];
        }

        var length = Write(scratch, 0, (uint)entries.Count);
        var previous = 0;
        foreach (var entry in entries)
        {
            var difference = entry - previous;
            length = Write(scratch, length, (uint)((difference << 1) ^ (difference >> 31)));
            previous = entry;
        }

        return length;
    }

    private static int Write(byte[] bytes, int at, uint value)
    {
        while (value >= 0x80)
        {
            bytes[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[at++] = (byte)value;
        return at;
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
