using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary><c>leakguard git --range origin/main..HEAD</c>: a pull request's scan reports only what its commits introduce.</summary>
public sealed class PullRequestRangeTests
{
    [Fact]
    public async Task Range_against_the_remote_main_reports_only_the_branch_findings()
    {
        using var repo = new TestRepository();
        repo.Write("old leak on main", "old.txt", Keys.Make("openai-api-key", 71) + "\n");
        using var remote = new TempFolder();
        GitProcess.Succeed(remote.Path, "init", "-q", "--bare", "r.git");
        GitProcess.Succeed(repo.Path, "remote", "add", "origin", Path.Combine(remote.Path, "r.git"));
        GitProcess.Succeed(repo.Path, "push", "-q", "origin", $"HEAD:refs/heads/main");
        GitProcess.Succeed(repo.Path, "fetch", "-q", "origin");
        GitProcess.Succeed(repo.Path, "checkout", "-q", "-b", "feature");
        var added = Keys.Make("github-pat", 72);
        repo.Write("edit old file", "old.txt", Keys.Make("openai-api-key", 71) + "\nmore\n");
        repo.Write("new leak", "new.txt", added + "\n");

        var findings = (await CliRun.Json("git", repo.Path, "--range", "origin/main..HEAD")).Findings;

        Assert.Equal([("new.txt", Keys.Redacted(added))], findings.Select(f => (f.File, f.Secret)));
    }
}
