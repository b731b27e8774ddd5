using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Interns tree entries by what they mean (name, target object, kind, and the length of their raw form). Successive
/// versions of a tree share almost all of their entries, so a tree is kept as an array of entry numbers and each
/// distinct entry is parsed once. The table keeps no copy of an entry's bytes: an open addressing table of (hash,
/// number) slots over 12-byte entries, checked against the name and object tables on a hash match. A long history has
/// millions of distinct entries.
/// </summary>
internal sealed class TreeEntryTable
{
    private readonly Dictionary<byte[], int> nameNumbers = new(ByteStringComparer.Instance);
    private readonly List<byte[]> names = [];
    private readonly List<string?> nameTexts = [];
    private readonly List<int> scratch = [];
    private readonly ObjectTable objects;
    private TreeEntry[] entries = new TreeEntry[1024];

    /// <summary>Each entry's raw length (<c>mode SP name NUL id</c>), 0 if over 65,535: where it sits in a tree's bytes.</summary>
    private ushort[] rawLengths = new ushort[1024];
    private int[] baseStarts = new int[64];
    private long[] slots = new long[4096];
    private int count;

    public TreeEntryTable(ObjectTable objects)
    {
        this.objects = objects;
    }

    public TreeEntry this[int number] => number < count ? entries[number] : throw new ArgumentOutOfRangeException(nameof(number));

    /// <summary>The entry's name as UTF-8 bytes: git orders and compares names bytewise.</summary>
    public ReadOnlySpan<byte> NameBytes(int name) => names[name];

    /// <summary>The entry's name for people (<see cref="GitPath.Decode"/>).</summary>
    public string NameText(int name) => nameTexts[name] ??= GitPath.Decode(names[name]);

    /// <summary>The number of <paramref name="name"/>, a <see cref="NameText"/>, if any tree so far held it.</summary>
    public bool TryFindName(string name, out int number) =>
        nameNumbers.TryGetValue(Encoding.UTF8.GetBytes(name), out number)
        || (name.Contains('\\', StringComparison.Ordinal) && nameNumbers.TryGetValue(GitPath.Encode(name), out number));

    /// <summary>
    /// Parses a raw tree object (entries of <c>mode SP name NUL id</c>) into entry numbers, valid until the next call;
    /// throws <see cref="FormatException"/> if it is malformed.
    /// </summary>
    public IReadOnlyList<int> ParseTree(ReadOnlySpan<byte> raw) => ParseTree(raw, [], []);

    /// <summary>
    /// Parses a tree stored as a delta of a tree already parsed into <paramref name="baseEntries"/>. An entry that the
    /// delta copied whole from where an entry of the base starts has that entry's bytes, so it is that entry: no lookup.
    /// The rest are parsed as usual. Most of a tree's entries are copied, and each lookup is a few cache misses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<int> ParseTree(ReadOnlySpan<byte> raw, int[] baseEntries, IReadOnlyList<(int Target, long Source, int Length)> copies)
    {
        var known = LayOut(baseEntries);
        scratch.Clear();
        var copy = 0;
        var nextBaseEntry = 0;
        for (var at = 0; at < raw.Length;)
        {
            while (copy < copies.Count && copies[copy].Target + copies[copy].Length <= at)
            {
                copy++;
            }

            var (number, length) = copy < copies.Count ? Copied(at, copies[copy], baseEntries, known, ref nextBaseEntry) : (-1, 0);
            if (number < 0)
            {
                (number, length) = Parse(raw[at..]);
            }

            scratch.Add(number);
            at += length;
        }

        return scratch;
    }

    /// <summary>Interns an entry known by its parts (from LibGit2Sharp rather than raw bytes) the same way.</summary>
    public int Intern(int mode, string name, GitId target)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        return Intern(KindOf(mode), bytes, target, Convert.ToString(mode, 8).Length + 1 + bytes.Length + 1 + GitId.ByteLength);
    }

    /// <summary>Where each entry of a base tree starts in its bytes; how many of them are known (all, unless one is too long).</summary>
    private int LayOut(int[] baseEntries)
    {
        if (baseStarts.Length <= baseEntries.Length)
        {
            baseStarts = new int[baseEntries.Length * 2];
        }

        for (var k = 0; k < baseEntries.Length; k++)
        {
            var length = rawLengths[baseEntries[k]];
            if (length == 0)
            {
                return 0;
            }

            baseStarts[k + 1] = baseStarts[k] + length;
        }

        return baseEntries.Length;
    }

    /// <summary>
    /// The base entry the bytes at <paramref name="at"/> were copied from whole, with its length; -1 if none. A copy
    /// usually spans several entries, so the base entry after the last one taken, <paramref name="next"/>, is tried
    /// before a search.
    /// </summary>
    private (int Number, int Length) Copied(int at, (int Target, long Source, int Length) copy, int[] baseEntries, int known, ref int next)
    {
        var source = copy.Source + at - copy.Target;
        if (copy.Target > at || source > int.MaxValue)
        {
            return (-1, 0);
        }

        var k = next < known && baseStarts[next] == source ? next : Array.BinarySearch(baseStarts, 0, known, (int)source);
        if (k < 0)
        {
            return (-1, 0);
        }

        var length = baseStarts[k + 1] - baseStarts[k];
        if (at + length > copy.Target + copy.Length)
        {
            return (-1, 0);
        }

        next = k + 1;
        return (baseEntries[k], length);
    }

    private (int Number, int Length) Parse(ReadOnlySpan<byte> rest)
    {
        var nul = rest.IndexOf((byte)0);
        if (nul < 0 || nul + 1 + GitId.ByteLength > rest.Length)
        {
            throw new FormatException("truncated tree entry");
        }

        var space = rest[..nul].IndexOf((byte)' ');
        if (space <= 0 || space == nul - 1)
        {
            throw new FormatException("malformed tree entry");
        }

        var length = nul + 1 + GitId.ByteLength;
        return (Intern(KindOf(ParseMode(rest[..space])), rest[(space + 1)..nul], GitId.FromBytes(rest[(nul + 1)..]), length), length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Intern(TreeEntryKind kind, ReadOnlySpan<byte> name, GitId target, int rawLength)
    {
        var stored = rawLength <= ushort.MaxValue ? (ushort)rawLength : (ushort)0;
        var hash = Hash(name, target, kind, stored);
        var mask = slots.Length - 1;
        var at = hash & mask;
        for (var slot = slots[at]; slot != 0; slot = slots[at = (at + 1) & mask])
        {
            if ((int)(slot >> 32) == hash && Matches((int)slot - 1, name, target, kind, stored))
            {
                return (int)slot - 1;
            }
        }

        if (count == entries.Length)
        {
            Array.Resize(ref entries, count * 2);
            Array.Resize(ref rawLengths, count * 2);
        }

        entries[count] = new TreeEntry(InternName(name), objects.Intern(target), kind);
        rawLengths[count] = stored;
        slots[at] = ((long)hash << 32) | (uint)(count + 1);
        if (++count * 2 >= slots.Length)
        {
            Rehash();
        }

        return count - 1;
    }

    private bool Matches(int number, ReadOnlySpan<byte> name, GitId target, TreeEntryKind kind, ushort rawLength)
    {
        var entry = entries[number];
        return entry.Kind == kind && rawLengths[number] == rawLength && objects[entry.Target] == target && names[entry.Name].AsSpan().SequenceEqual(name);
    }

    private int InternName(ReadOnlySpan<byte> name)
    {
        var lookup = nameNumbers.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (!lookup.TryGetValue(name, out var number))
        {
            number = names.Count;
            names.Add(name.ToArray());
            nameTexts.Add(null);
            lookup[name] = number;
        }

        return number;
    }

    /// <summary>Slots keep each entry's hash beside its number + 1 (0 means empty), so rehashing reads no entries.</summary>
    private void Rehash()
    {
        var grown = new long[slots.Length * 2];
        var mask = grown.Length - 1;
        foreach (var slot in slots)
        {
            if (slot != 0)
            {
                var at = (int)(slot >> 32) & mask;
                while (grown[at] != 0)
                {
                    at = (at + 1) & mask;
                }

                grown[at] = slot;
            }
        }

        slots = grown;
    }

    /// <summary>The id's bits are already uniform; the name is mixed in eight bytes at a time.</summary>
    private static int Hash(ReadOnlySpan<byte> name, GitId target, TreeEntryKind kind, ushort rawLength)
    {
        var hash = target.High ^ (ulong)kind ^ ((ulong)rawLength << 8);
        while (name.Length >= sizeof(ulong))
        {
            hash = BitOperations.RotateLeft((hash ^ BinaryPrimitives.ReadUInt64LittleEndian(name)) * 0x9E37_79B9_7F4A_7C15, 29);
            name = name[sizeof(ulong)..];
        }

        foreach (var b in name)
        {
            hash = (hash ^ b) * 0x100_0000_01B3;
        }

        hash ^= hash >> 31;
        return (int)hash ^ (int)(hash >> 32);
    }

    private static int ParseMode(ReadOnlySpan<byte> digits)
    {
        var mode = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'7')
            {
                throw new FormatException("malformed tree entry mode");
            }

            mode = (mode * 8) + (digit - '0');
        }

        return mode;
    }

    private static TreeEntryKind KindOf(int mode) => (mode & 0xF000) switch
    {
        0x4000 => TreeEntryKind.Tree,
        0xE000 => TreeEntryKind.Submodule,
        _ => TreeEntryKind.File,
    };
}
