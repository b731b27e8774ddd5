using System;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary>--ref, --range and --since narrow the scan for incremental CI runs.</summary>
public sealed class RefSelectionTests
{
    [Fact]
    public async Task Ref_scans_only_what_that_ref_reaches()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "x\n");
        var main = repo.DefaultBranch;
        repo.CreateBranch("feature");
        repo.Checkout("feature");
        repo.Write("leak", "k.txt", Keys.Make("openai-api-key", 1) + "\n");
        repo.Checkout(main);

        Assert.Empty((await CliRun.Json("git", repo.Path, "--ref", main)).Findings);
        Assert.Single((await CliRun.Json("git", repo.Path, "--ref", "feature")).Findings);
    }

    [Fact]
    public async Task Range_scans_only_new_commits_but_counts_the_range()
    {
        using var repo = new TestRepository();
        var key = Keys.Make("github-pat", 2);
        var before = repo.Write("old leak", "old.txt", key + "\n");
        var leak = repo.Write("new leak", "new.txt", Keys.Make("openai-api-key", 3) + "\n");
        repo.Write("touch", "README.txt", "x\n");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path, "--range", $"{before.Sha}..HEAD")).Findings);

        Assert.Equal(("new.txt", leak.Sha, 2, true), (finding.File, finding.Commit, finding.CommitCount, finding.InHead));
    }

    [Fact]
    public async Task Since_skips_older_commits()
    {
        using var repo = new TestRepository();
        var old = repo.Write("old leak", "old.txt", Keys.Make("openai-api-key", 4) + "\n");
        var since = old.Committer.When.AddMinutes(30).ToString("O");
        repo.Write("new leak", "new.txt", Keys.Make("openai-api-key", 5) + "\n");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path, "--since", since)).Findings);

        Assert.Equal("new.txt", finding.File);
    }

    [Theory]
    [InlineData("--range", "nope..HEAD", "error: unknown revision 'nope'")]
    [InlineData("--range", "HEAD", "error: --range must look like A..B, got 'HEAD'")]
    [InlineData("--ref", "missing-branch", "error: unknown revision 'missing-branch'")]
    [InlineData("--since", "yesterday-ish", "error: --since: 'yesterday-ish' is not a date (use ISO 8601, such as 2024-01-31)")]
    [InlineData("--ref", "HEAD:README.txt", "error: 'HEAD:README.txt' names a blob, not a commit: --ref and --range take branches, tags of commits and commit ids")]
    [InlineData("--range", "HEAD^{tree}..HEAD", "error: 'HEAD^{tree}' names a tree, not a commit: --ref and --range take branches, tags of commits and commit ids")]
    public async Task Bad_selection_exits_2_with_one_line(string option, string value, string message)
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "x\n");

        var run = await CliRun.Of("git", repo.Path, option, value);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal(message, run.Error.TrimEnd());
    }

    [Fact]
    public async Task Stash_entries_are_scanned_by_default()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "x\n");
        System.IO.File.WriteAllText(System.IO.Path.Combine(repo.Path, "README.txt"), "k=" + Keys.Make("openai-api-key", 6) + "\n");
        repo.Repo.Stashes.Add(new LibGit2Sharp.Signature(TestRepository.AuthorName, TestRepository.AuthorEmail, DateTimeOffset.UnixEpoch.AddYears(60)), "wip");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal(("README.txt", false), (finding.File, finding.InHead));
    }
}
