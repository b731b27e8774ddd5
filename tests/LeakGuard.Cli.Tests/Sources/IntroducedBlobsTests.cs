using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Sources;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>
/// The walk compared in stretches side by side gives what one pass gives: every blob at every path with the same
/// first commit, however the stretches cut through branches, merges, renames, deletions and files that come back.
/// </summary>
public sealed class IntroducedBlobsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Stretches_compared_side_by_side_give_what_one_pass_gives(int stretches)
    {
        using var repo = new TestRepository();
        var random = new Random(20261129);
        var main = repo.DefaultBranch;
        var live = new List<string>();
        for (var revision = 0; revision < 60; revision++)
        {
            var path = $"src/part{random.Next(4)}/{(random.Next(2) == 0 ? "deep/" : string.Empty)}file{random.Next(8)}.txt";
            repo.Write($"revision {revision}", path, $"content {random.Next(12)}\n");
            if (!live.Contains(path))
            {
                live.Add(path);
            }

            if (revision % 10 == 3)
            {
                repo.CreateBranch($"topic{revision}");
                repo.Checkout($"topic{revision}");
                repo.Write("on a branch", $"src/part{revision % 4}/branch.txt", $"content {revision % 3}\n");
                var topic = repo.Write("and again", "src/moved/again.txt", "content 1\n");
                repo.Checkout(main);
                repo.Merge("merge", topic, ("src/merged.txt", "content 2\n"u8.ToArray()));
            }

            if (revision % 12 == 11)
            {
                var moved = live[random.Next(live.Count)];
                live.Remove(moved);
                repo.Rename("move a file", moved, $"renamed/r{revision}.txt");
            }

            if (revision % 17 == 16)
            {
                var deleted = live[random.Next(live.Count)];
                live.Remove(deleted);
                repo.Delete("delete a file", deleted);
            }
        }

        var objects = StreamedHistory.Load(repo);
        var log = StreamedHistory.Walk(repo, objects);

        var (whole, _) = IntroducedBlobs.Find(objects, log, new ScanProgress(), 1);
        var (stretched, _) = IntroducedBlobs.Find(objects, log, new ScanProgress(), stretches);

        var expected = whole.All.Select(o => (o.Blob, Path: whole.Paths.Text(o.Path), o.Commit)).Order().ToArray();
        Assert.True(expected.Length > 60);
        Assert.Equal(expected, stretched.All.Select(o => (o.Blob, Path: stretched.Paths.Text(o.Path), o.Commit)).Order().ToArray());
    }
}
