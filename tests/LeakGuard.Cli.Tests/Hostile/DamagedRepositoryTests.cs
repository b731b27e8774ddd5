using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Hostile;

/// <summary>A damaged repository cannot be scanned completely: the scan stops with one line and exit 2, never "clean".</summary>
[Trait("Category", "Hostile")]
public sealed class DamagedRepositoryTests
{
    [Fact]
    public async Task Truncated_pack_exits_2_with_one_line()
    {
        using var repo = new TestRepository();
        for (var i = 0; i < 20; i++)
        {
            repo.Write($"commit {i}", $"file{i}.txt", string.Concat(Enumerable.Repeat($"line {i} of some text\n", 200)));
        }

        GitCli.Run(repo.Path, "gc", "-q");
        var pack = Directory.GetFiles(Path.Combine(repo.Path, ".git", "objects", "pack"), "*.pack").Single();
        File.SetAttributes(pack, FileAttributes.Normal);
        using (var stream = new FileStream(pack, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(stream.Length / 2);
        }

        HostileRun.AssertOneLineError(await CliRun.Of("git", repo.Path), "damaged");
    }

    [Fact]
    public async Task Missing_loose_object_exits_2_with_one_line()
    {
        using var repo = new TestRepository();
        repo.Write("first", "a.txt", "alpha\n");
        var second = repo.Write("second", "b.txt", "beta\n");
        var blob = second.Tree["b.txt"].Target.Sha;
        File.Delete(Path.Combine(repo.Path, ".git", "objects", blob[..2], blob[2..]));

        HostileRun.AssertOneLineError(await CliRun.Of("git", repo.Path), "damaged");
    }

    [Fact]
    public async Task Malformed_tree_exits_2_with_one_line()
    {
        using var repo = new TestRepository();
        repo.Write("first", "a.txt", "alpha\n");
        using var folder = new TempFolder();
        var raw = folder.Combine("tree");
        File.WriteAllText(raw, "100644 name-without-its-id");
        var tree = GitCli.Output(repo.Path, "hash-object", "-t", "tree", "--literally", "-w", raw);
        var commit = GitCli.Output(repo.Path, "commit-tree", tree, "-p", "HEAD", "-m", "broken tree");
        GitCli.Run(repo.Path, "update-ref", "refs/heads/broken", commit);

        HostileRun.AssertOneLineError(await CliRun.Of("git", repo.Path), "damaged");
    }
}
