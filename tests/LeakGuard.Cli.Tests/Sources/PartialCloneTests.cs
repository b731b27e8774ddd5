using System;
using System.IO;
using System.Threading.Tasks;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>
/// A partial clone (<c>git clone --filter</c>) holds only some objects: what it has is scanned, the blobs it left on its
/// remote are counted and named, and a history whose trees are missing cannot be walked, which the error says.
/// </summary>
public sealed class PartialCloneTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Blobs_the_clone_left_on_its_remote_are_counted_and_the_rest_is_scanned(bool streamObjects)
    {
        using var origin = Origin();
        using var clones = new TempFolder();
        var clone = Clone(origin, clones, "blob:none");

        var report = Scan(clone, streamObjects);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("config/live.env", finding.Path);
        Assert.Equal(2, report.Statistics.NotInClone);
        Assert.Contains(report.Statistics.Notes, n => n.StartsWith("partial clone (made with --filter=blob:none): 2 blob(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_line_says_what_was_not_scanned_and_exits_on_what_was()
    {
        using var origin = Origin();
        using var clones = new TempFolder();
        var clone = Clone(origin, clones, "blob:none");

        var full = await CliRun.Of("git", clone);
        var range = await CliRun.Of("git", clone, "--range", "HEAD~4..HEAD");

        Assert.Equal(ExitCode.LeaksFound, full.ExitCode);
        Assert.Contains("2 blob(s) not in this partial clone", full.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCode.LeaksFound, range.ExitCode);
        Assert.Contains("1 blob(s) not in this partial clone", range.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clone_marked_by_the_older_extension_is_read()
    {
        using var origin = Origin();
        using var clones = new TempFolder();
        var clone = Clone(origin, clones, "blob:none");
        GitCli.Run(clone, "config", "core.repositoryformatversion", "1");
        GitCli.Run(clone, "config", "extensions.partialClone", "origin");

        var (run, findings) = await CliRun.Json("git", clone);

        Assert.Equal("config/live.env", Assert.Single(findings).File);
        Assert.StartsWith("note: partial clone (made with --filter=blob:none): 2 blob(s) it left on its remote were not scanned", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 blob(s) not in this partial clone", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clone_without_trees_stops_with_one_line_that_names_the_filter()
    {
        using var origin = Origin();
        using var clones = new TempFolder();
        var clone = Clone(origin, clones, "tree:0");

        var run = await CliRun.Of("git", clone);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Matches("^error: object [0-9a-f]{40} is not in this partial clone \\(made with --filter=tree:0\\)[^\n]*\n$", run.Error);
    }

    [Fact]
    public void Missing_blob_of_a_complete_clone_is_damage()
    {
        using var origin = Origin();
        using var clones = new TempFolder();
        var clone = Clone(origin, clones, "blob:none");
        GitCli.Run(clone, "config", "--unset", "remote.origin.promisor");

        var error = Assert.Throws<CliException>(() => Scan(clone, streamObjects: true));

        Assert.StartsWith("repository is damaged: object ", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A key brought in and deleted and a first README (blobs a checkout of HEAD does not fetch), a key still in HEAD.</summary>
    private static TestRepository Origin()
    {
        var repo = new TestRepository();
        repo.Write("init", "README.md", "service\n");
        repo.Write("old key", "config/old.env", $"OPENAI_API_KEY={TestKeys.OpenAi(11)}\n");
        repo.Delete("drop old key", "config/old.env");
        repo.Write("live key", "config/live.env", $"OPENAI_API_KEY={TestKeys.OpenAi(12)}\n");
        repo.Write("docs", "README.md", "service, documented\n");
        GitCli.Run(repo.Path, "config", "uploadpack.allowFilter", "true");
        return repo;
    }

    private static string Clone(TestRepository origin, TempFolder into, string filter)
    {
        GitCli.Run(into.Path, "clone", "-q", "--no-local", $"--filter={filter}", new Uri(origin.Path).AbsoluteUri, "partial");
        var clone = into.Combine("partial");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(clone, ".git", "objects", "pack"), "*.promisor"));
        return clone;
    }

    private static ScanReport Scan(string path, bool streamObjects) => HistoryScan.Run(path, streamObjects);
}
