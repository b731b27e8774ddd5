using System;
using System.IO;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary>A repository in a format git knows and libgit2 does not is named for its format, not called damaged.</summary>
public sealed class UnsupportedRepositoryTests
{
    [Fact]
    public async Task Sha256_repository_exits_2_naming_its_object_format()
    {
        using var folder = new TempFolder();
        var repo = Sha256RepositoryWithAStagedKey(folder, 41);
        GitCli.Run(repo, "commit", "-q", "-m", "key");

        var run = await CliRun.Of("git", repo);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Matches("^error: unsupported repository: object format sha256 \\(LeakGuard reads history through libgit2, which reads SHA-1 repositories only; 'leakguard dir' scans the working tree\\)\n$", run.Error);
    }

    [Fact]
    public async Task Staged_check_works_in_a_sha256_repository()
    {
        using var folder = new TempFolder();
        var repo = Sha256RepositoryWithAStagedKey(folder, 42);

        var finding = Assert.Single((await CliRun.Json("staged", repo)).Findings);

        Assert.Equal(("k.env", "openai-api-key"), (finding.File, finding.RuleId));
    }

    [Fact]
    public async Task Repository_with_an_extension_libgit2_lacks_exits_2_naming_it()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.md", "hello\n");
        GitCli.Run(repo.Path, "config", "core.repositoryformatversion", "1");
        GitCli.Run(repo.Path, "config", "extensions.refStorage", "reftable");

        var run = await CliRun.Of("git", repo.Path);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.StartsWith("error: unsupported repository: extensions.refstorage is set (", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("damaged", run.Error, StringComparison.Ordinal);
    }

    private static string Sha256RepositoryWithAStagedKey(TempFolder folder, int seed)
    {
        GitCli.Run(folder.Path, "init", "-q", "--object-format=sha256", "repo");
        var repo = folder.Combine("repo");
        File.WriteAllText(Path.Combine(repo, "k.env"), $"OPENAI_API_KEY={TestKeys.OpenAi(seed)}\n");
        GitCli.Run(repo, "add", ".");
        return repo;
    }
}
