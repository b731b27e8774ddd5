using System;
using System.IO;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using LibGit2Sharp;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

public sealed class GitCommandTests
{
    [Fact]
    public async Task Clean_repository_exits_0_with_a_summary()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "nothing to see\n");

        var run = await CliRun.Of("git", repo.Path);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.StartsWith("no leaks found (1 commit(s), 1 blob(s)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leak_exits_1()
    {
        using var repo = new TestRepository();
        repo.Write("init", "a.txt", Keys.Make("openai-api-key", 1));

        Assert.Equal(ExitCode.LeaksFound, (await CliRun.Of("git", repo.Path)).ExitCode);
    }

    [Fact]
    public async Task A_private_key_a_history_kept_only_under_a_test_folder_is_counted_not_reported()
    {
        using var repo = new TestRepository();
        repo.Write("fixtures", "spec/fixtures/client.pem", TestKeys.PrivateKey(seed: 4) + "\n");
        repo.Write("server key", "config/server.pem", TestKeys.PrivateKey(seed: 5) + "\n");

        var (run, findings) = await CliRun.Json("git", repo.Path);

        Assert.Equal(("private-key", "config/server.pem"), (Assert.Single(findings).RuleId, findings[0].File));
        Assert.Contains("1 secret(s) that tests make for themselves (private keys, passwords, tokens they sign) under test, fixture or example folders not reported", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_that_is_not_a_repository_exits_2_with_one_line()
    {
        using var folder = new TempFolder();

        var run = await CliRun.Of("git", folder.Path);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal($"error: not a git repository: {folder.Path}", run.Error.TrimEnd());
    }

    /// <summary>A ref whose object is gone (a botched copy, a broken mirror) would hide the history behind it: it stops the scan.</summary>
    [Fact]
    public async Task Ref_to_a_missing_object_exits_2_naming_the_ref()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.md", "service\n");
        var missing = new string('7', 40);
        File.WriteAllText(Path.Combine(repo.Path, ".git", "refs", "heads", "ghost"), missing + "\n");

        var run = await CliRun.Of("git", repo.Path);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal($"error: repository is damaged: refs/heads/ghost points to {missing}, which cannot be read (run 'git fsck')", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Missing_folder_exits_2()
    {
        using var folder = new TempFolder();

        var run = await CliRun.Of("git", folder.Combine("nope"));

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.StartsWith("error: no such directory:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_repository_exits_0_and_says_so()
    {
        using var folder = new TempFolder();
        Repository.Init(folder.Path);

        var run = await CliRun.Of("git", folder.Path);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("note: empty repository: no commits to scan", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bare_repository_is_scanned()
    {
        using var repo = new TestRepository();
        var leak = repo.Write("leak", "k.txt", Keys.Make("github-pat", 2) + "\n");
        using var bare = new TempFolder();
        GitCli.Run(bare.Path, "clone", "-q", "--bare", repo.Path, "repo.git");

        var finding = Assert.Single((await CliRun.Json("git", bare.Combine("repo.git"))).Findings);

        Assert.Equal(("k.txt", leak.Sha, true), (finding.File, finding.Commit, finding.InHead));
    }

    [Fact]
    public async Task Shallow_clone_is_scanned_and_says_it_is_shallow()
    {
        using var repo = new TestRepository();
        repo.Write("old leak", "old.txt", Keys.Make("openai-api-key", 3) + "\n");
        repo.Write("middle", "README.txt", "a\n");
        repo.Write("new leak", "new.txt", Keys.Make("openai-api-key", 4) + "\n");
        using var clone = new TempFolder();
        GitCli.Run(clone.Path, "clone", "-q", "--depth", "1", new Uri(repo.Path).AbsoluteUri, "shallow");

        var (run, findings) = await CliRun.Json("git", clone.Combine("shallow"));

        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.Equal(f.Commit, findings[0].Commit));
        Assert.Contains("shallow clone", run.Error, StringComparison.Ordinal);
    }

    /// <summary>CI checkouts are often shallow (GitLab's default depth, actions/checkout's): a range base outside says so.</summary>
    [Fact]
    public async Task Range_reaching_past_a_shallow_clones_history_says_how_to_fetch_it()
    {
        using var repo = new TestRepository();
        repo.Write("one", "a.txt", "a\n");
        repo.Write("two", "b.txt", "b\n");
        repo.Write("three", "c.txt", "c\n");
        using var clone = new TempFolder();
        GitCli.Run(clone.Path, "clone", "-q", "--depth", "1", new Uri(repo.Path).AbsoluteUri, "shallow");

        var run = await CliRun.Of("git", clone.Combine("shallow"), "--range", "HEAD~2..HEAD");

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal("error: unknown revision 'HEAD~2' in this shallow clone, whose history may stop before it: fetch the history it needs (git fetch --unshallow, or a checkout with fetch-depth 0)", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Subfolder_of_a_working_tree_scans_the_repository()
    {
        using var repo = new TestRepository();
        repo.Write("leak", "sub/k.txt", Keys.Make("openai-api-key", 5) + "\n");

        var finding = Assert.Single((await CliRun.Json("git", Path.Combine(repo.Path, "sub"))).Findings);

        Assert.Equal("sub/k.txt", finding.File);
    }
}
