using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary><c>leakguard baseline FILE</c> and <c>--baseline FILE</c>: known findings are ignored, counted, and stable.</summary>
public sealed class BaselineTests
{
    [Fact]
    public async Task Baseline_hides_exactly_its_findings_and_the_summary_counts_them()
    {
        using var repo = new TestRepository();
        repo.Write("old", "old.txt", Keys.Make("openai-api-key", 51) + "\n");
        using var folder = new TempFolder();
        var baseline = folder.Combine("baseline.json");
        Assert.Equal(ExitCode.Clean, (await CliRun.Of("baseline", baseline, repo.Path)).ExitCode);
        var fresh = Keys.Make("github-pat", 52);
        repo.Write("new", "new.txt", fresh + "\n");

        var (run, findings) = await CliRun.Json("git", repo.Path, "--baseline", baseline);

        var finding = Assert.Single(findings);
        Assert.Equal(("new.txt", Keys.Redacted(fresh)), (finding.File, finding.Secret));
        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Contains("1 leak(s) found in 1 file(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("; 1 known finding(s) ignored", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The baseline records what 'leakguard git' reports there, the repository's own rules and allowlists included.</summary>
    [Fact]
    public async Task Baseline_follows_the_repositorys_leakguard_toml()
    {
        using var repo = new TestRepository();
        var custom = "acme_" + FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 32, 54);
        repo.Write("config", "leakguard.toml", "[[rules]]\nid = \"acme-api-key\"\nregex = 'acme_[a-z0-9]{32}'\nkeywords = [\"acme_\"]\n\n[allowlist]\npaths = [\"fixtures/**\"]\n");
        repo.Write("custom key", "acme.env", $"ACME_KEY={custom}\n");
        repo.Write("fixture", "fixtures/sample.env", Keys.Make("openai-api-key", 55) + "\n");
        using var folder = new TempFolder();
        var baseline = folder.Combine("baseline.json");

        var written = await CliRun.Of("baseline", baseline, repo.Path);
        var run = await CliRun.Of("git", repo.Path, "--baseline", baseline);

        Assert.Equal("wrote 1 known finding(s) to " + baseline, written.Out.TrimEnd());
        Assert.Contains("\"ruleId\": \"acme-api-key\"", await File.ReadAllTextAsync(baseline), StringComparison.Ordinal);
        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("; 1 known finding(s) ignored", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baseline_into_a_missing_folder_exits_2_before_scanning()
    {
        using var repo = new TestRepository();
        repo.Write("old", "old.txt", Keys.Make("openai-api-key", 56) + "\n");
        using var folder = new TempFolder();

        var run = await CliRun.Of("baseline", folder.Combine("no/such/baseline.json"), repo.Path);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.StartsWith($"error: baseline file: no such folder: {folder.Combine("no/such")}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Everything_in_the_baseline_exits_0_and_still_reports_the_count()
    {
        using var repo = new TestRepository();
        repo.Write("old", "old.txt", Keys.Make("openai-api-key", 53) + "\n");
        using var folder = new TempFolder();
        var baseline = folder.Combine("baseline.json");
        await CliRun.Of("baseline", baseline, repo.Path);

        var run = await CliRun.Of("git", repo.Path, "--baseline", baseline);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("no leaks found", run.Out, StringComparison.Ordinal);
        Assert.Contains("; 1 known finding(s) ignored", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_earlier_json_report_works_as_a_baseline()
    {
        using var repo = new TestRepository();
        repo.Write("old", "old.txt", Keys.Make("openai-api-key", 54) + "\n");
        using var folder = new TempFolder();
        var report = folder.Combine("report.json");
        await CliRun.Of("git", repo.Path, "--format", "json", "--output", report);

        Assert.Equal(ExitCode.Clean, (await CliRun.Of("git", repo.Path, "--baseline", report)).ExitCode);
    }

    [Fact]
    public async Task Baseline_survives_moved_lines_and_a_rebase_that_changes_commit_ids()
    {
        using var repo = new TestRepository();
        var key = Keys.Make("openai-api-key", 55);
        repo.Write("add key", "cfg.txt", key + "\n");
        using var folder = new TempFolder();
        var baseline = folder.Combine("baseline.json");
        await CliRun.Of("baseline", baseline, repo.Path);
        repo.Write("move it down", "cfg.txt", "a\nb\nc\n" + key + "\n");
        GitProcess.Succeed(repo.Path, "commit", "-q", "--amend", "-m", "rewritten");

        Assert.Equal(ExitCode.Clean, (await CliRun.Of("git", repo.Path, "--baseline", baseline)).ExitCode);
    }

    [Fact]
    public async Task Baseline_file_is_sorted_by_fingerprint_without_lines_commits_or_timestamps()
    {
        using var repo = new TestRepository();
        repo.Commit(
            "keys",
            ("z.txt", System.Text.Encoding.UTF8.GetBytes(Keys.Make("openai-api-key", 56) + "\n")),
            ("a.txt", System.Text.Encoding.UTF8.GetBytes(Keys.Make("github-pat", 57) + "\n")),
            ("m.txt", System.Text.Encoding.UTF8.GetBytes(Keys.Make("openai-api-key", 58) + "\n")));
        using var folder = new TempFolder();
        var first = folder.Combine("first.json");
        var second = folder.Combine("second.json");

        await CliRun.Of("baseline", first, repo.Path);
        await CliRun.Of("baseline", second, repo.Path);

        using var document = JsonDocument.Parse(File.ReadAllText(first));
        var entries = document.RootElement.EnumerateArray().ToArray();
        var fingerprints = entries.Select(e => e.GetProperty("fingerprint").GetString()!).ToArray();
        Assert.Equal(3, entries.Length);
        Assert.Equal(fingerprints.Order(StringComparer.Ordinal), fingerprints);
        Assert.All(entries, e => Assert.Equal(["fingerprint", "ruleId", "file"], e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public async Task Staged_check_honours_the_baseline()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        var key = Keys.Make("openai-api-key", 59);
        using var folder = new TempFolder();
        var baseline = folder.Combine("baseline.json");
        File.WriteAllText(baseline, $"[{{\"fingerprint\": \"{LeakGuard.Engine.Fingerprint.Compute("openai-api-key", key, "k.txt")}\"}}]");
        File.WriteAllText(Path.Combine(repo.Path, "k.txt"), key + "\n");
        LibGit2Sharp.Commands.Stage(repo.Repo, "k.txt");

        var run = await CliRun.Of("staged", repo.Path, "--baseline", baseline);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Equal("leakguard: no keys in the staged changes (1 file(s) checked; 1 known finding(s) ignored)", run.Out.TrimEnd());
    }

    [Theory]
    [InlineData("not json", "is not valid JSON")]
    [InlineData("{}", "is not a LeakGuard JSON report or baseline (expected an array)")]
    public async Task Unreadable_baseline_exits_2_with_one_line(string content, string message)
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("b.json"), content);

        var run = await CliRun.Of("git", repo.Path, "--baseline", folder.Combine("b.json"));

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
