using System;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>
/// Which of HEAD, the local branches and the tags still reach the commit that brought a key in: worked out on the walked
/// graph for a full scan, through LibGit2Sharp for a narrowed one. Both must say the same.
/// </summary>
public sealed class ReachabilityTests
{
    [Fact]
    public async Task Full_and_range_scans_name_the_same_refs()
    {
        using var repo = new TestRepository();
        var start = repo.Write("init", "README.txt", "hello\n");
        var main = repo.DefaultBranch;
        var shared = repo.Write("shared leak", "shared.env", $"KEY={Keys.Make("openai-api-key", 1)}\n");
        GitCli.Run(repo.Path, "tag", "v1");
        repo.CreateBranch("feature");
        repo.Checkout("feature");
        var branchOnly = repo.Write("branch leak", "feature.env", $"KEY={Keys.Make("github-pat", 2)}\n");
        repo.Checkout(main);
        repo.Write("main moves on", "README.txt", "hello again\n");

        var full = (await CliRun.Json("git", repo.Path)).Findings.OrderBy(f => f.File).ToArray();
        var range = (await CliRun.Json("git", repo.Path, "--range", $"{start.Sha}..feature")).Findings.OrderBy(f => f.File).ToArray();

        Assert.Equal(
            [("feature.env", branchOnly.Sha, "head=False branches=feature tags="), ("shared.env", shared.Sha, $"head=True branches=feature,{main} tags=v1")],
            full.Select(f => (f.File, f.Commit, f.ReachableFrom)).ToArray());
        Assert.Equal(full.Select(f => (f.File, f.Commit, f.ReachableFrom)), range.Select(f => (f.File, f.Commit, f.ReachableFrom)));
    }

    [Fact]
    public async Task Range_scan_names_the_refs_that_reach_through_merges_and_not_those_before_or_beside()
    {
        using var repo = new TestRepository();
        var start = repo.Write("init", "README.txt", "hello\n");
        var main = repo.DefaultBranch;
        GitCli.Run(repo.Path, "tag", "before");
        repo.CreateBranch("beside");
        repo.CreateBranch("merged");
        repo.Checkout("beside");
        repo.Write("beside moves on", "beside.txt", "other work\n");
        repo.Checkout(main);
        var leak = repo.Write("leak", "app.env", $"KEY={Keys.Make("openai-api-key", 4)}\n");
        GitCli.Run(repo.Path, "tag", "at-leak");
        repo.CreateBranch("later");
        repo.Checkout("merged");
        repo.Write("merged moves on", "merged.txt", "more work\n");
        repo.Merge("merge main", leak);
        repo.Checkout(main);

        var range = Assert.Single((await CliRun.Json("git", repo.Path, "--range", $"{start.Sha}..{main}")).Findings);
        var full = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal((leak.Sha, $"head=True branches=later,{main},merged tags=at-leak"), (range.Commit, range.ReachableFrom));
        Assert.Equal(full.ReachableFrom, range.ReachableFrom);
    }

    [Fact]
    public async Task Range_scan_finds_the_refs_through_commits_dated_before_their_parent_by_a_skewed_clock()
    {
        using var repo = new TestRepository();
        var start = repo.Write("init", "README.txt", "hello\n");
        var main = repo.DefaultBranch;

        // A ref outside the range: the scan's own walk cannot answer, the refs are searched.
        GitCli.Run(repo.Path, "tag", "before");
        var leak = repo.Write("leak", "app.env", $"KEY={Keys.Make("github-pat", 5)}\n");
        repo.TurnClockBack(TimeSpan.FromHours(20));
        repo.Write("from a clock 20 hours behind", "README.txt", "hello again\n");
        GitCli.Run(repo.Path, "tag", "skewed");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path, "--range", $"{start.Sha}..{main}")).Findings);

        Assert.Equal((leak.Sha, $"head=True branches={main} tags=skewed"), (finding.Commit, finding.ReachableFrom));
    }

    [Fact]
    public async Task Key_only_in_a_stash_is_reached_by_no_branch_or_tag()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        System.IO.File.WriteAllText(System.IO.Path.Combine(repo.Path, "README.txt"), $"KEY={Keys.Make("openai-api-key", 3)}\n");
        GitCli.Run(repo.Path, "stash", "-q");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal("head=False branches= tags=", finding.ReachableFrom);
    }
}
