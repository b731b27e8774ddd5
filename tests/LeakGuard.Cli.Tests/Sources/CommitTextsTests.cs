using System;
using System.Threading.Tasks;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Sources.Objects;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>
/// A key pasted into a commit message, or into an author's email, is in the history for good, as one in a file is: it
/// is reported once, at "(commit message)" or "(commit identity)", with its place in that text, the first commit that
/// holds it and how many do; the streamed and on-demand readers agree, and no report shows it whole.
/// </summary>
public sealed class CommitTextsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Key_in_messages_is_reported_once_at_its_first_commit_and_counted_in_each(bool streamObjects)
    {
        using var repo = new TestRepository();
        var key = TestKeys.OpenAi(71);
        repo.Write("init", "README.md", "service\n");
        var first = repo.Write($"Rotate the key\n\nThe old one was {key}, revoked.\n", "notes.txt", "rotated\n");
        repo.Write("unrelated", "README.md", "service, documented\n");
        repo.Write($"Rotate the key (again)\n\nThe old one was {key}, revoked.\n", "notes.txt", "rotated twice\n");

        var finding = Assert.Single(Scan(repo.Path, streamObjects).Findings);

        Assert.Equal((CommitTexts.MessagePath, "openai-api-key", key), (finding.Path, finding.Rule.Id, finding.Location.Secret));
        Assert.Equal((3, 17), (finding.Location.StartLine, finding.Location.StartColumn));
        Assert.Equal((first.Sha, 2, false), (finding.Origin!.CommitSha, finding.Origin.CommitCount, finding.Origin.InHead));
        Assert.DoesNotContain(key, finding.Origin.Message, StringComparison.Ordinal);
        Assert.Contains(LeakGuard.Engine.Redactor.Redact(key), finding.Origin.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_starting_with_blank_lines_is_placed_as_git_log_shows_it_by_both_readers()
    {
        using var repo = new TestRepository();
        var key = TestKeys.GitHubClassic(72);
        repo.Write("init", "README.md", "service\n");
        GitCli.Run(repo.Path, "commit", "-q", "--allow-empty", "--cleanup=verbatim", "-m", $"\n\ntoken {key}\n");

        var streamed = Assert.Single(Scan(repo.Path, streamObjects: true).Findings);
        var onDemand = Assert.Single(Scan(repo.Path, streamObjects: false).Findings);

        Assert.Equal((1, 7), (streamed.Location.StartLine, streamed.Location.StartColumn));
        Assert.Equal((streamed.Location, streamed.Origin), (onDemand.Location, onDemand.Origin));
    }

    [Fact]
    public async Task Range_reports_only_the_messages_of_its_commits()
    {
        using var repo = new TestRepository();
        repo.Write($"old key {TestKeys.OpenAi(73)}", "a.txt", "a\n");
        var fresh = TestKeys.OpenAi(74);
        repo.Write("base", "b.txt", "b\n");
        repo.Write($"new key {fresh}", "c.txt", "c\n");

        var (run, findings) = await CliRun.Json("git", repo.Path, "--range", "HEAD~1..HEAD");

        var finding = Assert.Single(findings);
        Assert.Equal((CommitTexts.MessagePath, Keys.Redacted(fresh)), (finding.File, finding.Secret));
        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
    }

    /// <summary>A token pasted into user.email by a mistyped git config (found in public repositories), in both readers.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Key_in_an_authors_email_is_reported_at_the_identity_line(bool streamObjects)
    {
        using var repo = new TestRepository();
        var key = TestKeys.HuggingFace(75);
        repo.Write("init", "README.md", "service\n");
        GitCli.Run(repo.Path, "-c", $"user.email={key}", "commit", "-q", "--allow-empty", "-m", "configured");
        GitCli.Run(repo.Path, "commit", "-q", "--allow-empty", "-m", "fixed the email");

        var finding = Assert.Single(Scan(repo.Path, streamObjects).Findings);

        Assert.Equal((CommitTexts.IdentityPath, key), (finding.Path, finding.Location.Secret));
        Assert.Equal((1, "author Ada Tester <".Length + 1), (finding.Location.StartLine, finding.Location.StartColumn));
        Assert.Equal(1, finding.Origin!.CommitCount);
        Assert.Equal(LeakGuard.Engine.Redactor.Redact(key), finding.Origin.Email);
    }

    [Fact]
    public async Task Reports_never_show_the_key_in_an_identity()
    {
        using var repo = new TestRepository();
        var key = TestKeys.HuggingFace(76);
        GitCli.Run(repo.Path, "-c", $"user.email={key}", "commit", "-q", "--allow-empty", "-m", "configured");
        repo.Write("key", "k.env", $"OPENAI_API_KEY={TestKeys.OpenAi(77)}\n");

        foreach (var format in new[] { "text", "json", "sarif", "junit" })
        {
            var run = await CliRun.Of("git", repo.Path, "--format", format);

            Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
            Assert.DoesNotContain(key, run.Out + run.Error, StringComparison.Ordinal);
        }
    }

    private static ScanReport Scan(string path, bool streamObjects) => HistoryScan.Run(path, streamObjects);
}
