using System;
using System.IO;
using System.Linq;
using System.Text;
using LeakGuard.Cli.Sources.Objects;
using LeakGuard.Cli.Sources.Objects.Packs;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>
/// The object store read directly, in every form git leaves it: loose objects, packs with offset deltas, packs with
/// reference deltas, a mix, and a clone that borrows objects through alternates. Every object git lists must come out
/// once, with content that hashes to its id.
/// </summary>
public sealed class ObjectDirectoryTests
{
    [Fact]
    public void Loose_objects_are_read()
    {
        using var repo = History(revisions: 5);

        AssertReadsWhatGitLists(repo.Path);
    }

    [Fact]
    public void Pack_with_offset_deltas_is_read()
    {
        using var repo = History(revisions: 40);
        GitCli.Run(repo.Path, "gc", "-q");

        Assert.True(EntryTypes(repo.Path).Count(t => t == PackEntry.OffsetDelta) > 10);
        AssertReadsWhatGitLists(repo.Path);
    }

    [Fact]
    public void Pack_with_reference_deltas_is_read()
    {
        using var repo = History(revisions: 40);
        GitCli.Run(repo.Path, "-c", "repack.useDeltaBaseOffset=false", "repack", "-a", "-d", "-f", "-q");

        Assert.True(EntryTypes(repo.Path).Count(t => t == PackEntry.ReferenceDelta) > 10);
        AssertReadsWhatGitLists(repo.Path);
    }

    [Fact]
    public void Long_delta_chains_are_resolved()
    {
        using var repo = History(revisions: 120);
        GitCli.Run(repo.Path, "repack", "-a", "-d", "-f", "-q", "--depth=250", "--window=250");

        AssertReadsWhatGitLists(repo.Path);
    }

    [Fact]
    public void Packed_and_loose_objects_are_read_together()
    {
        using var repo = History(revisions: 20);
        GitCli.Run(repo.Path, "gc", "-q");
        repo.Write("after the pack", "notes/after.txt", "written after gc\n");

        AssertReadsWhatGitLists(repo.Path);
    }

    [Fact]
    public void Objects_spread_over_several_packs_are_read()
    {
        using var repo = History(revisions: 20);
        GitCli.Run(repo.Path, "gc", "-q");
        repo.Write("second pack", "notes/second.txt", "packed on its own\n");
        GitCli.Run(repo.Path, "repack", "-d", "-q");
        repo.Write("third pack", "notes/third.txt", "packed on its own too\n");
        GitCli.Run(repo.Path, "repack", "-d", "-q");

        Assert.True(Directory.GetFiles(Path.Combine(repo.Path, ".git", "objects", "pack"), "*.pack").Length >= 3);
        AssertReadsWhatGitLists(repo.Path);
    }

    [Fact]
    public void Objects_borrowed_through_alternates_are_read()
    {
        using var source = History(revisions: 20);
        GitCli.Run(source.Path, "gc", "-q");
        using var clone = new TempFolder();
        GitCli.Run(clone.Path, "clone", "-q", "--shared", source.Path, "shared");
        var shared = clone.Combine("shared");
        File.WriteAllText(Path.Combine(shared, "local.txt"), "only in the clone\n");
        GitCli.Run(shared, "add", "local.txt");
        GitCli.Run(shared, "commit", "-q", "-m", "local");

        AssertReadsWhatGitLists(shared);
    }

    [Fact]
    public void Large_blob_is_skipped_by_size_and_its_deltas_still_resolve()
    {
        using var repo = new TestRepository();
        var large = string.Concat(Enumerable.Range(0, 4000).Select(i => $"line {i} of a large generated file\n"));
        repo.Write("large", "big.txt", large);
        repo.Write("small change", "big.txt", large + "one more line\n");
        GitCli.Run(repo.Path, "gc", "-q");
        var sink = new RecordingSink(maxBlob: 100_000);

        using (var directory = ObjectDirectory.Open(Path.Combine(repo.Path, ".git")))
        {
            directory.ReadAll(sink);
        }

        Assert.Empty(sink.Mismatches);
        Assert.Equal(2, sink.Skipped.Count);
        Assert.All(sink.Skipped.Values, size => Assert.True(size > 100_000));
    }

    [Fact]
    public void Truncated_pack_throws_invalid_data()
    {
        using var repo = History(revisions: 20);
        GitCli.Run(repo.Path, "gc", "-q");
        var pack = Directory.GetFiles(Path.Combine(repo.Path, ".git", "objects", "pack"), "*.pack").Single();
        File.SetAttributes(pack, FileAttributes.Normal);
        using (var stream = new FileStream(pack, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(stream.Length / 2);
        }

        using var directory = ObjectDirectory.Open(Path.Combine(repo.Path, ".git"));
        Assert.Throws<InvalidDataException>(() => directory.ReadAll(new RecordingSink()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Blobs_read_while_commits_and_trees_wait_come_out_right(bool offsetDeltas)
    {
        using var repo = History(revisions: 40);
        GitCli.Run(repo.Path, "-c", $"repack.useDeltaBaseOffset={(offsetDeltas ? "true" : "false")}", "repack", "-a", "-d", "-f", "-q");

        // Behind two calls in three: blobs are read ahead, with commits and trees in between.
        var calls = 0;
        var sink = AssertReadsWhatGitLists(repo.Path, new RecordingSink(structureBehind: () => calls++ % 3 != 0));

        Assert.True(sink.Order.IndexOf(ObjectType.Blob) < sink.Order.LastIndexOf(ObjectType.Tree), "no blob was read ahead of the trees");
    }

    [Fact]
    public void Small_entries_the_read_window_cuts_short_are_read()
    {
        // Thousands of small entries that do not compress, in a pack several read windows long: wherever a window ends,
        // it ends inside a small entry, which the managed inflater cannot finish and zlib then reads past the window.
        using var repo = new TestRepository();
        var random = new Random(11);
        repo.Commit("many small files", Enumerable.Range(0, 9_000).Select(i => ($"data/{i}.bin", (byte[]?)RandomBytes(random, 400))).ToArray());
        GitCli.Run(repo.Path, "gc", "-q");

        var packPath = Directory.GetFiles(Path.Combine(repo.Path, ".git", "objects", "pack"), "*.pack").Single();
        Assert.True(new FileInfo(packPath).Length > 3_000_000);
        AssertReadsWhatGitLists(repo.Path);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Files edited a little at a time, so that git stores most versions as deltas.</summary>
    private static TestRepository History(int revisions)
    {
        var repo = new TestRepository();
        var lines = Enumerable.Range(0, 300).Select(i => $"setting_{i} = value {i} of a config file that changes slowly").ToArray();
        for (var revision = 0; revision < revisions; revision++)
        {
            lines[(revision * 7) % lines.Length] = $"setting_{revision} = changed in revision {revision}";
            var text = string.Join('\n', lines) + "\n";
            repo.Commit($"revision {revision}", ("config/app.ini", Encoding.UTF8.GetBytes(text)), ($"src/file{revision % 5}.txt", Encoding.UTF8.GetBytes(text[..(1000 + revision)])));
        }

        return repo;
    }

    private static RecordingSink AssertReadsWhatGitLists(string repository, RecordingSink? sink = null)
    {
        sink ??= new RecordingSink();
        using (var directory = ObjectDirectory.Open(GitCli.Output(repository, "rev-parse", "--absolute-git-dir")))
        {
            directory.ReadAll(sink);
        }

        var listed = GitCli.Output(repository, "cat-file", "--batch-all-objects", "--batch-check=%(objectname)").Split('\n');
        Assert.Empty(sink.Mismatches);
        Assert.Equal(listed.Order(StringComparer.Ordinal), sink.Read.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(listed.Length, sink.Order.Count);
        return sink;
    }

    private static int[] EntryTypes(string repository)
    {
        var packPath = Directory.GetFiles(Path.Combine(repository, ".git", "objects", "pack"), "*.pack").Single();
        using var pack = PackFile.Open(packPath);
        return Enumerable.Range(0, pack.Index.Count).Select(i => pack.ReadEntry(pack.Index.OffsetAt(i)).Type).ToArray();
    }
}
