using System;
using System.Linq;
using LeakGuard.Cli.Sources.Objects;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>
/// Every tree the direct reader keeps, whole or parsed from its delta against an already parsed tree, lists exactly
/// what <c>git ls-tree</c> lists: the same names, objects and kinds, in the same order.
/// </summary>
public sealed class StreamedTreesTests
{
    [Theory]
    [InlineData("gc", "-q")]
    [InlineData("repack", "-a", "-d", "-f", "-q", "--depth=250", "--window=250")]
    [InlineData("-c", "repack.useDeltaBaseOffset=false", "repack", "-a", "-d", "-f", "-q")]
    public void Trees_read_from_packs_match_git(params string[] pack)
    {
        using var repo = new TestRepository();
        var random = new Random(20261129);
        for (var revision = 0; revision < 80; revision++)
        {
            var folder = $"src/module{random.Next(6)}/{(random.Next(3) == 0 ? "deep/er" : "flat")}";
            var name = revision % 9 == 0 ? $"renamed{revision}.cs" : $"file{random.Next(25)}.cs";
            repo.Write($"revision {revision}", $"{folder}/{name}", $"// revision {revision}\nclass C{random.Next(1000)} {{ }}\n");
            if (revision % 15 == 14)
            {
                GitCli.Run(repo.Path, "rm", "-q", "-r", "--cached", $"src/module{revision % 6}");
                GitCli.Run(repo.Path, "commit", "-q", "-m", $"drop module {revision % 6}");
            }
        }

        GitCli.Run(repo.Path, pack);
        var objects = StreamedHistory.Load(repo);

        var trees = GitCli.Output(repo.Path, "cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)")
            .Split('\n')
            .Where(line => line.EndsWith(" tree", StringComparison.Ordinal))
            .Select(line => line[..line.IndexOf(' ', StringComparison.Ordinal)])
            .ToArray();
        Assert.True(trees.Length > 150);
        foreach (var tree in trees)
        {
            var listed = GitCli.Output(repo.Path, "ls-tree", tree)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => (Kind: line.Split(' ')[1], Id: line.Split(' ', '\t')[2], Name: line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..]));
            var kept = objects.Tree(objects.Ids.Intern(GitId.FromBytes(Convert.FromHexString(tree))))
                .Select(number => objects.Entries[number])
                .Select(entry => (Kind: entry.Kind switch { TreeEntryKind.Tree => "tree", TreeEntryKind.Submodule => "commit", _ => "blob" }, Id: objects.Ids[entry.Target].ToString(), Name: objects.Entries.NameText(entry.Name)));
            Assert.Equal(listed, kept);
        }
    }
}
