using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Hostile;

/// <summary>Repository shapes that are legal but unusual: the scan completes and says what it did not enter.</summary>
[Trait("Category", "Hostile")]
public sealed class HostileRepositoryTests
{
    [Fact]
    public async Task Commits_without_any_file_exit_0()
    {
        using var repo = new TestRepository();
        repo.Commit("empty one");
        repo.Commit("empty two");

        var run = await CliRun.Of("git", repo.Path);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("no leaks found (2 commit(s), 0 blob(s)", run.Out, StringComparison.Ordinal);
    }

    /// <summary>A pull request that only deletes files, or a date past every commit: nothing to read, nothing found.</summary>
    [Theory]
    [InlineData("--range", "HEAD~1..HEAD")]
    [InlineData("--since", "2100-01-01")]
    public async Task Narrowed_scan_that_brings_in_no_blob_exits_0(string option, string value)
    {
        using var repo = new TestRepository();
        repo.Write("leak", "old.env", Keys.Make("openai-api-key", 83) + "\n");
        repo.Delete("remove it", "old.env");

        var run = await CliRun.Of("git", repo.Path, option, value);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains(" 0 blob(s)", run.Out, StringComparison.Ordinal);
    }

    /// <summary>Notes live in a commit history of their own under refs/notes, fetched by whoever asks for it.</summary>
    [Fact]
    public async Task Key_in_a_git_note_is_found_where_the_notes_tree_holds_it()
    {
        using var repo = new TestRepository();
        var annotated = repo.Write("init", "README.md", "hello\n");
        GitCli.Run(repo.Path, "notes", "add", "-m", "deploy with " + Keys.Make("github-pat", 84), annotated.Sha);

        var (run, findings) = await CliRun.Json("git", repo.Path);
        var text = await CliRun.Of("git", repo.Path);

        var finding = Assert.Single(findings);
        Assert.Equal((annotated.Sha, "github-pat", false), (finding.File, finding.RuleId, finding.InHead));
        Assert.Contains("reachable from no branch or tag (only in stashes, notes, remote-tracking branches or unreferenced history)", text.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
    }

    [Fact]
    public async Task Submodule_is_not_entered_and_the_summary_says_so()
    {
        using var inner = new TestRepository();
        inner.Write("inner leak", "inner.txt", Keys.Make("openai-api-key", 81) + "\n");
        using var outer = new TestRepository();
        var key = Keys.Make("github-pat", 82);
        outer.Write("outer leak", "outer.txt", key + "\n");
        GitCli.Run(outer.Path, "submodule", "add", "-q", inner.Path, "libs/inner");
        GitCli.Run(outer.Path, "commit", "-qm", "add submodule");

        var (run, findings) = await CliRun.Json("git", outer.Path);

        Assert.Equal("outer.txt", Assert.Single(findings).File);
        Assert.Contains("1 submodule(s) not entered", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linked_worktree_scans_the_shared_history()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        using var worktrees = new TempFolder();
        var linked = worktrees.Combine("linked");
        GitCli.Run(repo.Path, "worktree", "add", "-q", "-b", "side", linked);
        File.WriteAllText(Path.Combine(linked, "side.env"), "TOKEN=" + Keys.Make("github-pat", 83) + "\n");
        GitCli.Run(linked, "add", "side.env");
        GitCli.Run(linked, "commit", "-qm", "side leak");

        var finding = Assert.Single((await CliRun.Json("git", linked)).Findings);

        Assert.Equal("side.env", finding.File);
    }

    [UnixFact]
    public async Task Symlink_blob_is_its_target_path_and_is_never_followed()
    {
        using var outside = new TempFolder();
        var target = outside.Combine("secret.env");
        File.WriteAllText(target, "KEY=" + Keys.Make("openai-api-key", 84) + "\n");
        using var repo = new TestRepository();
        File.CreateSymbolicLink(Path.Combine(repo.Path, "link.env"), target);
        repo.Commit("symlink");

        var run = await CliRun.Of("git", repo.Path);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("1 blob(s)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hundred_thousand_refs_are_resolved()
    {
        using var repo = new TestRepository();
        var tip = repo.Write("leak", "k.txt", Keys.Make("openai-api-key", 85) + "\n");
        var packed = new StringBuilder("# pack-refs with: peeled fully-peeled sorted \n");
        for (var i = 0; i < 100_000; i++)
        {
            packed.Append(tip.Sha).Append(" refs/tags/t").Append(i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        File.WriteAllText(Path.Combine(repo.Path, ".git", "packed-refs"), packed.ToString());

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal(tip.Sha, finding.Commit);
    }

    [Fact]
    public async Task Fifty_thousand_file_tree_reads_its_shared_blob_once()
    {
        using var repo = new TestRepository();
        repo.Write("leak", "k.txt", Keys.Make("github-pat", 86) + "\n");
        File.WriteAllText(Path.Combine(repo.Path, "shared.txt"), "the same clean content in every file\n");
        var shared = GitCli.Output(repo.Path, "hash-object", "-w", "shared.txt");
        var index = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            index.Append("100644 ").Append(shared).Append("\tdata/").Append(i / 1000).Append("/f").Append(i).Append(".txt\n");
        }

        GitCli.Input(repo.Path, index.ToString(), "update-index", "--add", "--index-info");
        var tree = GitCli.Output(repo.Path, "write-tree");
        var commit = GitCli.Output(repo.Path, "commit-tree", tree, "-p", "HEAD", "-m", "fifty thousand files");
        GitCli.Run(repo.Path, "update-ref", "HEAD", commit);

        var (run, findings) = await CliRun.Json("git", repo.Path);

        Assert.Equal("k.txt", Assert.Single(findings).File);
        Assert.Contains("2 commit(s), 2 blob(s)", run.Error, StringComparison.Ordinal);
    }
}
