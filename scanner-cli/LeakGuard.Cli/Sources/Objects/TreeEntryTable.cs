using System;
using System.Collections.Generic;
using System.Text;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Interns tree entries by their raw bytes (<c>mode SP name NUL id</c>). Successive versions of a tree share almost all
/// of their entries, so a tree is kept as an array of entry numbers and each distinct entry is parsed once.
/// </summary>
internal sealed class TreeEntryTable
{
    private readonly Dictionary<byte[], int> numbers = new(ByteStringComparer.Instance);
    private readonly Dictionary<byte[], int> nameNumbers = new(ByteStringComparer.Instance);
    private readonly List<TreeEntry> entries = [];
    private readonly List<byte[]> names = [];
    private readonly List<string?> nameTexts = [];
    private readonly List<int> scratch = [];
    private readonly ObjectTable objects;

    public TreeEntryTable(ObjectTable objects)
    {
        this.objects = objects;
    }

    public TreeEntry this[int number] => entries[number];

    /// <summary>The entry's name as UTF-8 bytes: git orders and compares names bytewise.</summary>
    public ReadOnlySpan<byte> NameBytes(int name) => names[name];

    public string NameText(int name) => nameTexts[name] ??= Encoding.UTF8.GetString(names[name]);

    /// <summary>The number of <paramref name="name"/> if any tree so far held it.</summary>
    public bool TryFindName(string name, out int number) => nameNumbers.TryGetValue(Encoding.UTF8.GetBytes(name), out number);

    /// <summary>
    /// Parses a raw tree object into entry numbers, valid until the next call; throws <see cref="FormatException"/> if
    /// it is malformed.
    /// </summary>
    public IReadOnlyList<int> ParseTree(ReadOnlySpan<byte> raw)
    {
        scratch.Clear();
        var lookup = numbers.GetAlternateLookup<ReadOnlySpan<byte>>();
        while (!raw.IsEmpty)
        {
            var nul = raw.IndexOf((byte)0);
            if (nul < 0 || nul + 1 + GitId.ByteLength > raw.Length)
            {
                throw new FormatException("truncated tree entry");
            }

            var length = nul + 1 + GitId.ByteLength;
            var bytes = raw[..length];
            if (!lookup.TryGetValue(bytes, out var number))
            {
                number = entries.Count;
                entries.Add(Parse(bytes, nul));
                lookup[bytes] = number;
            }

            scratch.Add(number);
            raw = raw[length..];
        }

        return scratch;
    }

    /// <summary>Interns an entry known by its parts (from LibGit2Sharp rather than raw bytes) the same way.</summary>
    public int Intern(int mode, string name, GitId target)
    {
        var text = Encoding.UTF8.GetBytes($"{Convert.ToString(mode, 8)} {name}\0");
        var raw = new byte[text.Length + GitId.ByteLength];
        text.CopyTo(raw, 0);
        var id = target.ToObjectId().RawId;
        id.CopyTo(raw, text.Length);
        if (!numbers.TryGetValue(raw, out var number))
        {
            number = entries.Count;
            entries.Add(Parse(raw, text.Length - 1));
            numbers[raw] = number;
        }

        return number;
    }

    private TreeEntry Parse(ReadOnlySpan<byte> bytes, int nul)
    {
        var space = bytes[..nul].IndexOf((byte)' ');
        if (space <= 0 || space == nul - 1)
        {
            throw new FormatException("malformed tree entry");
        }

        var mode = 0;
        foreach (var digit in bytes[..space])
        {
            if (digit is < (byte)'0' or > (byte)'7')
            {
                throw new FormatException("malformed tree entry mode");
            }

            mode = (mode * 8) + (digit - '0');
        }

        var nameLookup = nameNumbers.GetAlternateLookup<ReadOnlySpan<byte>>();
        var nameBytes = bytes[(space + 1)..nul];
        if (!nameLookup.TryGetValue(nameBytes, out var name))
        {
            name = names.Count;
            names.Add(nameBytes.ToArray());
            nameTexts.Add(null);
            nameLookup[nameBytes] = name;
        }

        var target = objects.Intern(GitId.FromBytes(bytes[(nul + 1)..]));
        return new TreeEntry(name, target, KindOf(mode));
    }

    private static TreeEntryKind KindOf(int mode) => (mode & 0xF000) switch
    {
        0x4000 => TreeEntryKind.Tree,
        0xE000 => TreeEntryKind.Submodule,
        _ => TreeEntryKind.File,
    };
}
