using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using LeakGuard.Cli.Sources.Objects;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>
/// Tree entries are interned by what they mean: the same name, object and kind is one entry wherever it appears, and
/// any difference in those makes another.
/// </summary>
public sealed class TreeEntryTableTests
{
    [Fact]
    public void The_same_entry_in_two_trees_is_one_number_and_any_difference_is_another()
    {
        var objects = new ObjectTable();
        var table = new TreeEntryTable(objects);
        var (a, b) = (Id("a"), Id("b"));

        var first = table.ParseTree(Tree(("100644", "README.md", a), ("40000", "src", b), ("100644", "z", a))).ToArray();
        var second = table.ParseTree(Tree(("100644", "README.md", a), ("40000", "src", a), ("100644", "README.mdx", a), ("160000", "z", a))).ToArray();

        Assert.Equal(first[0], second[0]);
        Assert.Equal(4, new[] { first[1], second[1], second[2], first[2] }.Distinct().Count());
        Assert.Equal(TreeEntryKind.Tree, table[first[1]].Kind);
        Assert.Equal(TreeEntryKind.Submodule, table[second[3]].Kind);
        Assert.Equal("README.mdx", table.NameText(table[second[2]].Name));
        Assert.Equal(a, objects[table[second[2]].Target]);
        Assert.NotEqual(first[2], second[3]);
    }

    [Fact]
    public void A_mode_change_that_keeps_the_kind_keeps_the_entry()
    {
        var table = new TreeEntryTable(new ObjectTable());
        var id = Id("script");

        var plain = table.ParseTree(Tree(("100644", "run.sh", id))).Single();
        var executable = table.ParseTree(Tree(("100755", "run.sh", id))).Single();

        Assert.Equal(plain, executable);
    }

    [Fact]
    public void Many_entries_stay_distinct_and_are_found_again()
    {
        var objects = new ObjectTable();
        var table = new TreeEntryTable(objects);
        var entries = Enumerable.Range(0, 50_000)
            .Select(i => (Mode: i % 7 == 0 ? "40000" : "100644", Name: $"file-{i % 5_000}.cs", Id: Id($"blob {i / 3}")))
            .ToArray();

        var numbers = entries.Chunk(100).SelectMany(chunk => table.ParseTree(Tree(chunk)).ToArray()).ToArray();
        var again = entries.Reverse().Chunk(100).SelectMany(chunk => table.ParseTree(Tree(chunk)).ToArray()).Reverse().ToArray();

        Assert.Equal(numbers, again);
        Assert.Equal(entries.Distinct().Count(), numbers.Distinct().Count());
        for (var i = 0; i < entries.Length; i += 997)
        {
            var entry = table[numbers[i]];
            Assert.Equal(entries[i].Name, table.NameText(entry.Name));
            Assert.Equal(entries[i].Id, objects[entry.Target]);
        }
    }

    [Fact]
    public void Entries_from_LibGit2Sharp_parts_match_entries_from_raw_trees()
    {
        var table = new TreeEntryTable(new ObjectTable());
        var id = Id("ünïcode");

        var raw = table.ParseTree(Tree(("100644", "dossier é/ü.txt", id))).Single();

        Assert.Equal(raw, table.Intern(Convert.ToInt32("100644", 8), "dossier é/ü.txt", id));
        Assert.NotEqual(raw, table.Intern(Convert.ToInt32("40000", 8), "dossier é/ü.txt", id));
    }

    [Fact]
    public void Entries_a_delta_copied_whole_from_the_base_are_the_base_entries()
    {
        var table = new TreeEntryTable(new ObjectTable());
        var (a, b, c, x) = (("100644", "a.txt", Id("a")), ("40000", "lib", Id("b")), ("100755", "run.sh", Id("c")), ("100644", "new.txt", Id("x")));
        var baseEntries = table.ParseTree(Tree(a, b, c)).ToArray();
        var target = Tree(a, x, c);
        var (lengthA, lengthB, lengthX) = (Tree(a).Length, Tree(b).Length, Tree(x).Length);
        (int Target, long Source, int Length)[] copies = [(0, 0, lengthA), (lengthA + lengthX, lengthA + lengthB, Tree(c).Length)];

        var derived = table.ParseTree(target, baseEntries, copies).ToArray();

        Assert.Equal(table.ParseTree(target).ToArray(), derived);
        Assert.Equal([baseEntries[0], baseEntries[2]], [derived[0], derived[2]]);
    }

    [Fact]
    public void An_entry_copied_only_in_part_is_parsed_not_taken_from_the_base()
    {
        var objects = new ObjectTable();
        var table = new TreeEntryTable(objects);
        var baseEntries = table.ParseTree(Tree(("100644", "config.json", Id("old")))).ToArray();
        var target = Tree(("100644", "config.json", Id("new")));
        (int Target, long Source, int Length)[] copies = [(0, 0, "100644 config.json\0".Length)];

        var derived = table.ParseTree(target, baseEntries, copies).Single();

        Assert.NotEqual(baseEntries[0], derived);
        Assert.Equal(Id("new"), objects[table[derived].Target]);
    }

    [Theory]
    [InlineData("100644 name")]
    [InlineData("100644name\0")]
    [InlineData(" name\0")]
    [InlineData("10064x name\0")]
    [InlineData("100644 \0")]
    public void Malformed_entries_are_refused(string header)
    {
        var table = new TreeEntryTable(new ObjectTable());
        var raw = Encoding.UTF8.GetBytes(header).Concat(new byte[GitId.ByteLength]).ToArray();

        Assert.Throws<FormatException>(() => table.ParseTree(raw));
    }

    private static GitId Id(string content) => GitId.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static byte[] Tree(params IEnumerable<(string Mode, string Name, GitId Id)> entries)
    {
        var bytes = new List<byte>();
        foreach (var (mode, name, id) in entries)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes($"{mode} {name}\0"));
            bytes.AddRange(id.ToBytes());
        }

        return [.. bytes];
    }
}
