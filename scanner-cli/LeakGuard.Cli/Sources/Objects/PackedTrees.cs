using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Every tree's entry numbers, the largest thing a history scan keeps. A tree the pack stores as a delta of another is
/// kept the same way, as an edit of its base's entries: runs copied from the base and the entries it does not share, a
/// dozen bytes for a folder version that changed one file. Other trees, and every <see cref="MaxDepth"/>-th link of a
/// chain, are kept whole: the differences between neighbouring entry numbers, zigzag varint coded. The codes go into
/// chunks of a megabyte, found by object number, so a million trees cost a few large arrays rather than a million
/// small ones.
/// </summary>
internal sealed class PackedTrees
{
    /// <summary>
    /// The most edits a tree is from one kept whole: unpacking one unpacks its bases first. Git chains deltas up to 50
    /// deep; edits cost a tenth of a whole tree, so chains of 8 keep a history's trees in about a quarter of the room.
    /// </summary>
    public const int MaxDepth = 8;

    private const int OffsetBits = 20;
    private const int ChunkSize = 1 << OffsetBits;

    /// <summary>Chunk number and offset share 32 bits, and 0 means "no tree": 4,094 chunks, about 4 GB of codes.</summary>
    private const int MaxChunks = (1 << (32 - OffsetBits)) - 2;

    /// <summary>How far ahead in the base an entry is looked for before it is kept as one of the tree's own.</summary>
    private const int Lookahead = 8;

    private static int instances;

    [ThreadStatic]
    private static RecentTrees? recent;

    private readonly int identity = Interlocked.Increment(ref instances);
    private readonly List<byte[]> chunks = [];
    private uint[] locations = new uint[1024];
    private byte[] scratch = new byte[1024];
    private int used = ChunkSize;

    public bool Contains(int tree) => tree < locations.Length && locations[tree] != 0;

    /// <summary>
    /// Stores the entries of <paramref name="tree"/> (an object number) whole; throws if the store is full. The thread
    /// keeps them unpacked too: the parser's next trees are mostly edits of the ones it stored last. A tree stored
    /// already (a second pack holding it) stays as it is: every edit then builds on a tree stored before it, so no chain
    /// of bases loops back, whichever way two packs made their deltas.
    /// </summary>
    public void Add(int tree, IReadOnlyList<int> entries)
    {
        if (Contains(tree))
        {
            return;
        }

        Store(tree, EncodeWhole(entries));
        Recent.Keep(tree, [.. entries]);
    }

    /// <summary>
    /// Stores the entries of <paramref name="tree"/>, built by the pack on <paramref name="baseTree"/> (stored before,
    /// with <paramref name="baseEntries"/>), as an edit of them unless that chain is already <see cref="MaxDepth"/> long;
    /// as <see cref="Add(int, IReadOnlyList{int})"/> otherwise.
    /// </summary>
    public void Add(int tree, IReadOnlyList<int> entries, int baseTree, int[] baseEntries)
    {
        if (Contains(tree))
        {
            return;
        }

        var depth = Contains(baseTree) ? DepthOf(baseTree) + 1 : MaxDepth + 1;
        Store(tree, depth <= MaxDepth ? EncodeEdit(entries, depth, baseTree, baseEntries) : EncodeWhole(entries));
        Recent.Keep(tree, [.. entries]);
    }

    /// <summary>
    /// The entry numbers of a tree that <see cref="Contains"/> says is stored. The array may be shared: callers only read
    /// it. Each thread keeps the trees it unpacked last, its bases among them: the next version of a folder a walk or
    /// the parser asks for is mostly an edit of one of those.
    /// </summary>
    public int[] Unpack(int tree)
    {
        var cache = Recent;
        return cache.Find(tree) ?? cache.Keep(tree, Decode(tree));
    }

    private RecentTrees Recent => recent is { } mine && mine.Owner == identity ? mine : recent = new RecentTrees(identity);

    private int[] Decode(int tree)
    {
        var packed = Record(tree);
        var at = 0;
        if (Read(packed, ref at) == 0)
        {
            return DecodeWhole(packed, at);
        }

        var baseEntries = Unpack((int)Read(packed, ref at));
        var entries = new int[Read(packed, ref at)];
        var filled = 0;
        var next = 0;
        var literal = 0;
        while (filled < entries.Length)
        {
            var op = Read(packed, ref at);
            var length = (int)(op >> 1);
            if ((op & 1) == 0)
            {
                next += Zigzag(Read(packed, ref at));
                baseEntries.AsSpan(next, length).CopyTo(entries.AsSpan(filled));
                next += length;
                filled += length;
            }
            else
            {
                for (var end = filled + length; filled < end; filled++)
                {
                    literal += Zigzag(Read(packed, ref at));
                    entries[filled] = literal;
                }
            }
        }

        return entries;
    }

    private int DepthOf(int tree)
    {
        var at = 0;
        return (int)Read(Record(tree), ref at);
    }

    private ReadOnlySpan<byte> Record(int tree)
    {
        var location = locations[tree] - 1;
        return chunks[(int)(location >> OffsetBits)].AsSpan((int)(location & (ChunkSize - 1)));
    }

    private void Store(int tree, int length)
    {
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

    private static int[] DecodeWhole(ReadOnlySpan<byte> packed, int at)
    {
        var entries = new int[Read(packed, ref at)];
        var previous = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            previous += Zigzag(Read(packed, ref at));
            entries[i] = previous;
        }

        return entries;
    }

    /// <summary>Depth 0, the count, then each entry as its difference from the one before.</summary>
    private int EncodeWhole(IReadOnlyList<int> entries)
    {
        Reserve((entries.Count + 2) * 5);
        var length = Write(scratch, 0, 0);
        length = Write(scratch, length, (uint)entries.Count);
        var previous = 0;
        foreach (var entry in entries)
        {
            length = Write(scratch, length, Zigzag(entry - previous));
            previous = entry;
        }

        return length;
    }

    /// <summary>
    /// The depth, the base, the count, then runs: a copy (length, then where in the base it starts, from where the last
    /// copy ended) or the tree's own entries (count, then each as its difference from the own entry before). An entry
    /// is copied when it is found a few places on in the base, so a changed, added or removed file breaks one run.
    /// </summary>
    private int EncodeEdit(IReadOnlyList<int> entries, int depth, int baseTree, int[] baseEntries)
    {
        Reserve((entries.Count + 4) * 10);
        var length = Write(scratch, 0, (uint)depth);
        length = Write(scratch, length, (uint)baseTree);
        length = Write(scratch, length, (uint)entries.Count);
        var next = 0;
        var literal = 0;
        for (var i = 0; i < entries.Count;)
        {
            var found = Find(baseEntries, next, entries[i]);
            var run = 0;
            if (found >= 0)
            {
                while (i + run < entries.Count && found + run < baseEntries.Length && entries[i + run] == baseEntries[found + run])
                {
                    run++;
                }

                length = Write(scratch, length, (uint)run << 1);
                length = Write(scratch, length, Zigzag(found - next));
                next = found + run;
            }
            else
            {
                while (i + run < entries.Count && Find(baseEntries, next, entries[i + run]) < 0)
                {
                    run++;
                }

                length = Write(scratch, length, ((uint)run << 1) | 1);
                for (var k = i; k < i + run; k++)
                {
                    length = Write(scratch, length, Zigzag(entries[k] - literal));
                    literal = entries[k];
                }
            }

            i += run;
        }

        return length;
    }

    private static int Find(int[] baseEntries, int from, int entry)
    {
        var end = Math.Min(baseEntries.Length, from + Lookahead);
        for (var k = from; k < end; k++)
        {
            if (baseEntries[k] == entry)
            {
                return k;
            }
        }

        return -1;
    }

    private void Reserve(int longest)
    {
        if (scratch.Length < longest)
        {
            scratch = new byte[Math.Max(longest, scratch.Length * 2)];
        }
    }

    private static uint Zigzag(int value) => (uint)((value << 1) ^ (value >> 31));

    private static int Zigzag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

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

    /// <summary>A thread's trees unpacked last, direct-mapped by tree number: a lookup is one compare, nothing is evicted by hand.</summary>
    private sealed class RecentTrees(int owner)
    {
        private const int Slots = 4096;

        private readonly int[] numbers = new int[Slots];
        private readonly int[]?[] entries = new int[Slots][];

        public int Owner { get; } = owner;

        public int[]? Find(int tree) => numbers[tree & (Slots - 1)] == tree ? entries[tree & (Slots - 1)] : null;

        public int[] Keep(int tree, int[] unpacked)
        {
            numbers[tree & (Slots - 1)] = tree;
            return entries[tree & (Slots - 1)] = unpacked;
        }
    }
}
