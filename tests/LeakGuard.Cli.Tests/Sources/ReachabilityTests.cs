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
