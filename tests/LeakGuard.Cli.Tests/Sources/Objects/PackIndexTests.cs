using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using LeakGuard.Cli.Sources.Objects;
using LeakGuard.Cli.Sources.Objects.Packs;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>Pack indexes read from their files: what git itself lists, found again with and without ids in memory.</summary>
public sealed class PackIndexTests
{
    [Fact]
    public void Entries_and_lookups_match_what_git_lists()
    {
        using var repo = new TestRepository();
        for (var i = 0; i < 30; i++)
        {
            repo.Write($"change {i}", $"folder{i % 4}/file{i % 7}.txt", $"version {i}\n" + new string('x', i * 40));
        }

        GitCli.Run(repo.Path, "gc", "-q");
        var idx = Directory.GetFiles(Path.Combine(repo.Path, ".git", "objects", "pack"), "*.idx").Single();
        var listed = GitCli.Output(repo.Path, "verify-pack", "-v", idx)
            .Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 5 && parts[0].Length == 2 * GitId.ByteLength)
            .Select(parts => (Id: parts[0], Offset: long.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        using var index = PackIndex.Open(idx);

        Assert.Equal(listed, Entries(index).Select(e => (e.Id.ToString(), e.Offset)));
        AssertFindsEach(index);
        index.LoadIds();
        AssertFindsEach(index);
        Assert.Equal(-1, index.Find(new byte[GitId.ByteLength]));
    }

    [Fact]
    public void Offsets_beyond_two_gigabytes_come_from_the_large_offset_table()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("large.idx");
        var low = Id(0x10);
        var high = Id(0xF0);
        File.WriteAllBytes(path, Index([(low, 12), (high, (1L << 32) + 34)], largeTable: true));

        using var index = PackIndex.Open(path);

        Assert.Equal([(low, 12L), (high, (1L << 32) + 34)], Entries(index));
        Assert.Equal((1L << 32) + 34, index.Find(high.ToBytes()));
        Assert.Equal(12, index.Find(low.ToBytes()));
    }

    [Fact]
    public void Entries_past_the_first_block_of_a_read_keep_their_offsets()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("many.idx");
        var entries = Enumerable.Range(0, 70_000).Select(i => (Id: Spread(i), Offset: 12L + (i * 7L))).ToArray();
        File.WriteAllBytes(path, Index(entries, largeTable: false));

        using var index = PackIndex.Open(path);

        Assert.Equal(entries, Entries(index));
    }

    [Fact]
    public void Truncated_or_malformed_indexes_are_refused()
    {
        using var folder = new TempFolder();
        var whole = Index([(Id(0x10), 12), (Id(0xF0), 40)], largeTable: false);
        var truncated = folder.Combine("truncated.idx");
        File.WriteAllBytes(truncated, whole[..(whole.Length - 50)]);
        var unordered = folder.Combine("unordered.idx");
        var fanoutBroken = whole.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(fanoutBroken.AsSpan(8 + (0x20 * 4)), 5);
        File.WriteAllBytes(unordered, fanoutBroken);
        var version1 = folder.Combine("v1.idx");
        File.WriteAllBytes(version1, new byte[2000]);

        Assert.Throws<InvalidDataException>(() => PackIndex.Open(truncated));
        Assert.Throws<InvalidDataException>(() => PackIndex.Open(unordered));
        Assert.Throws<InvalidDataException>(() => PackIndex.Open(version1));
    }

    private static (GitId Id, long Offset)[] Entries(PackIndex index)
    {
        var ids = new GitId[index.Count];
        var offsets = new long[index.Count];
        index.ReadEntries(ids, offsets);
        return ids.Zip(offsets).ToArray();
    }

    private static void AssertFindsEach(PackIndex index)
    {
        foreach (var (id, offset) in Entries(index))
        {
            Assert.Equal(offset, index.Find(id.ToBytes()));
        }
    }

    private static GitId Id(byte first)
    {
        var raw = Enumerable.Range(0, GitId.ByteLength).Select(i => (byte)(first + i)).ToArray();
        return GitId.FromBytes(raw);
    }

    /// <summary>The <paramref name="rank"/>-th of a run of ascending ids spread over the whole id space.</summary>
    private static GitId Spread(int rank)
    {
        var raw = new byte[GitId.ByteLength];
        BinaryPrimitives.WriteUInt32BigEndian(raw, (uint)rank * 61_000u);
        raw[19] = (byte)rank;
        return GitId.FromBytes(raw);
    }

    /// <summary>A version 2 index of sorted entries; with <paramref name="largeTable"/>, offsets past 2 GB go in the 8-byte table.</summary>
    private static byte[] Index((GitId Id, long Offset)[] entries, bool largeTable)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        void Word(uint value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
            writer.Write(bytes);
        }

        writer.Write([0xFF, (byte)'t', (byte)'O', (byte)'c', 0, 0, 0, 2]);
        var firstBytes = entries.Select(e => e.Id.ToBytes()[0]).ToArray();
        for (var b = 0; b < 256; b++)
        {
            Word((uint)firstBytes.Count(first => first <= b));
        }

        foreach (var (id, _) in entries)
        {
            writer.Write(id.ToBytes());
        }

        foreach (var _ in entries)
        {
            Word(0);
        }

        var large = entries.Where(e => largeTable && e.Offset > int.MaxValue).ToList();
        foreach (var (_, offset) in entries)
        {
            Word(largeTable && offset > int.MaxValue ? 0x8000_0000 | (uint)large.FindIndex(e => e.Offset == offset) : (uint)offset);
        }

        foreach (var (_, offset) in large)
        {
            var bytes = new byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(bytes, (ulong)offset);
            writer.Write(bytes);
        }

        writer.Write(new byte[2 * GitId.ByteLength]);
        return stream.ToArray();
    }
}
