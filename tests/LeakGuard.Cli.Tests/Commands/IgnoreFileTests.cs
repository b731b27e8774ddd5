using System;
using System.IO;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Engine;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary>A <c>.leakguardignore</c> of fingerprints at the top of the scanned tree is honoured by every command.</summary>
public sealed class IgnoreFileTests
{
    [Theory]
    [InlineData("git")]
    [InlineData("dir")]
    [InlineData("staged")]
    public async Task Every_command_ignores_listed_fingerprints_and_counts_them(string command)
    {
        using var repo = new TestRepository();
        var ignored = Keys.Make("openai-api-key", 61);
        var reported = Keys.Make("github-pat", 62);
        File.WriteAllText(
            Path.Combine(repo.Path, ".leakguardignore"),
            $"# a test fixture, not a real key\n\n   {Fingerprint.Compute("openai-api-key", ignored, "docs/sample.txt")}  \n");
        repo.Commit(
            "keys",
            ("docs/sample.txt", System.Text.Encoding.UTF8.GetBytes(ignored + "\n")),
            ("src/real.txt", System.Text.Encoding.UTF8.GetBytes(reported + "\n")));
        if (command == "staged")
        {
            File.AppendAllText(Path.Combine(repo.Path, "docs/sample.txt"), "again = " + ignored + "\n");
            File.AppendAllText(Path.Combine(repo.Path, "src/real.txt"), "again = " + reported + "\n");
            LibGit2Sharp.Commands.Stage(repo.Repo, "*");
        }

        var (run, findings) = await CliRun.Json(command, repo.Path);

        var finding = Assert.Single(findings);
        Assert.Equal("src/real.txt", finding.File);
        Assert.Contains("; 1 known finding(s) ignored", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_lines_ignore_nothing()
    {
        using var repo = new TestRepository();
        var key = Keys.Make("openai-api-key", 63);
        File.WriteAllText(Path.Combine(repo.Path, ".leakguardignore"), "# " + Fingerprint.Compute("openai-api-key", key, "k.txt") + "\n");
        repo.Write("key", "k.txt", key + "\n");

        Assert.Equal(ExitCode.LeaksFound, (await CliRun.Of("git", repo.Path)).ExitCode);
    }
}
