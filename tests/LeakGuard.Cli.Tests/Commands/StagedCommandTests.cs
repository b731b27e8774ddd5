using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary><c>leakguard staged</c> judges exactly the lines the index adds against HEAD, never the working tree.</summary>
public sealed class StagedCommandTests
{
    [Fact]
    public async Task Staged_key_blocks_with_place_provider_redacted_key_and_what_to_do()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        var key = Keys.Make("openai-api-key", 1);
        Stage(repo, "src/app.cs", $"// settings\nvar key = \"{key}\";\n");

        var run = await CliRun.Of("staged", repo.Path);

        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Contains($"src/app.cs:2:12  OpenAI  {Keys.Redacted(key)}", run.Out, StringComparison.Ordinal);
        Assert.Contains("'OpenAI:ApiKey' from IConfiguration or the OPENAI_API_KEY environment variable", run.Out, StringComparison.Ordinal);
        Assert.Contains("leakguard:allow", run.Out, StringComparison.Ordinal);
        Assert.Contains("git commit --no-verify", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(key, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staged_Kubernetes_secret_says_where_its_values_belong()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        Stage(repo, "deploy/secret.yaml", LeakGuard.Cli.Tests.Reporting.RemediationTests.KubernetesSecret(4));

        var run = await CliRun.Of("staged", repo.Path);

        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Contains("deploy/secret.yaml:6:13  Kubernetes", run.Out, StringComparison.Ordinal);
        Assert.Contains("    Keep the Secret's values out of the repository", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("IConfiguration", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_only_in_the_working_tree_does_not_block()
    {
        using var repo = new TestRepository();
        repo.Write("init", "app.cs", "var x = 1;\n");
        File.WriteAllText(Path.Combine(repo.Path, "app.cs"), $"var x = 1;\nvar key = \"{Keys.Make("github-pat", 2)}\";\n");
        File.WriteAllText(Path.Combine(repo.Path, "untracked.cs"), Keys.Make("openai-api-key", 3) + "\n");

        var run = await CliRun.Of("staged", repo.Path);

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Equal("leakguard: no keys in the staged changes (0 file(s) checked)", run.Out.TrimEnd());
    }

    [Fact]
    public async Task Partially_staged_file_is_judged_as_staged_not_as_on_disk()
    {
        using var repo = new TestRepository();
        repo.Write("init", "app.cs", "var x = 1;\n");
        var key = Keys.Make("openai-project-api-key", 4);
        Stage(repo, "app.cs", $"var x = 1;\nvar key = \"{key}\";\n");
        File.WriteAllText(Path.Combine(repo.Path, "app.cs"), "var x = 1;\nvar key = Environment.GetEnvironmentVariable(\"OPENAI_API_KEY\");\n");

        var finding = Assert.Single((await CliRun.Json("staged", repo.Path)).Findings);

        Assert.Equal(("app.cs", 2, Keys.Redacted(key)), (finding.File, finding.StartLine, finding.Secret));
    }

    [Fact]
    public async Task Staged_key_with_an_allow_marker_passes()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        Stage(repo, "test.cs", $"var sample = \"{Keys.Make("openai-api-key", 5)}\"; // leakguard:allow\n");

        Assert.Equal(ExitCode.Clean, (await CliRun.Of("staged", repo.Path)).ExitCode);
    }

    [Fact]
    public async Task First_commit_has_no_HEAD_and_is_scanned_against_the_empty_tree()
    {
        using var repo = new TestRepository();
        Stage(repo, "a.txt", "one\n" + Keys.Make("github-pat", 6) + "\n");

        var finding = Assert.Single((await CliRun.Json("staged", repo.Path)).Findings);

        Assert.Equal(("a.txt", 2), (finding.File, finding.StartLine));
    }

    [Fact]
    public async Task Only_added_lines_count_a_key_already_in_HEAD_does_not_block_an_unrelated_edit()
    {
        using var repo = new TestRepository();
        repo.Write("old leak", "a.txt", "line 1\n" + Keys.Make("openai-api-key", 7) + "\nline 3\n");
        Stage(repo, "a.txt", "line 1\n" + Keys.Make("openai-api-key", 7) + "\nline 3\nline 4\n");

        Assert.Equal(ExitCode.Clean, (await CliRun.Of("staged", repo.Path)).ExitCode);
    }

    [Fact]
    public async Task A_key_on_an_added_line_is_read_with_the_whole_staged_file()
    {
        using var repo = new TestRepository();
        var page = string.Concat(Enumerable.Range(1, 30).Select(i => $"  log(\"step {i}\");\n"));
        var use = "  fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=${apiKey}`);\n}\n";
        repo.Write("read the key from the environment", "app.js", "const apiKey = process.env.WEATHER_KEY;\nfunction show(city) {\n" + page + use);
        var key = LeakGuard.Tests.FakeKey.Random(LeakGuard.Tests.FakeKey.Hex, 32, 41);
        Stage(repo, "app.js", $"const apiKey = \"{key}\";\nfunction show(city) {{\n" + page + use);

        var finding = Assert.Single((await CliRun.Json("staged", repo.Path)).Findings);

        Assert.Equal(("app.js", 1, "openweathermap-api-key"), (finding.File, finding.StartLine, finding.RuleId));
    }

    [Fact]
    public async Task A_key_the_whole_file_names_is_not_reported_when_its_line_is_not_added()
    {
        using var repo = new TestRepository();
        var key = LeakGuard.Tests.FakeKey.Random(LeakGuard.Tests.FakeKey.Hex, 32, 42);
        var page = string.Concat(Enumerable.Range(1, 30).Select(i => $"  log(\"step {i}\");\n"));
        var body = $"const apiKey = \"{key}\";\nfunction show(city) {{\n" + page + "  fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=${apiKey}`);\n}\n";
        repo.Write("old leak", "app.js", body);
        Stage(repo, "app.js", body + "// one more line\n");

        Assert.Equal(ExitCode.Clean, (await CliRun.Of("staged", repo.Path)).ExitCode);
    }

    [Fact]
    public async Task Rename_reports_the_new_path_and_only_the_added_lines()
    {
        using var repo = new TestRepository();
        var old = Keys.Make("openai-api-key", 8);
        var added = Keys.Make("github-pat", 9);
        var body = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"line {i}")) + "\n";
        repo.Write("old leak", "old.txt", old + "\n" + body);
        File.Delete(Path.Combine(repo.Path, "old.txt"));
        LibGit2Sharp.Commands.Remove(repo.Repo, "old.txt");
        Stage(repo, "new.txt", old + "\n" + body + added + "\n");

        var finding = Assert.Single((await CliRun.Json("staged", repo.Path)).Findings);

        Assert.Equal(("new.txt", 32, Keys.Redacted(added)), (finding.File, finding.StartLine, finding.Secret));
    }

    [Theory]
    [InlineData("config dir/clé.txt")]
    [InlineData("tab\there.txt")]
    [InlineData("quote\"d.txt")]
    public async Task Unusual_paths_are_reported_as_git_stores_them(string path)
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        Stage(repo, path, Keys.Make("openai-api-key", 12) + "\n");

        var finding = Assert.Single((await CliRun.Json("staged", repo.Path)).Findings);

        Assert.Equal(path, finding.File);
    }

    [Fact]
    public async Task Binary_file_is_skipped_and_counted()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        File.WriteAllBytes(Path.Combine(repo.Path, "blob.bin"), [0, 1, 2, .. System.Text.Encoding.UTF8.GetBytes(Keys.Make("openai-api-key", 13))]);
        LibGit2Sharp.Commands.Stage(repo.Repo, "blob.bin");

        var run = await CliRun.Of("staged", repo.Path, "--format", "json");

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("skipped 1 binary", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Works_from_a_subfolder()
    {
        using var repo = new TestRepository();
        repo.Write("init", "sub/README.txt", "hello\n");
        Stage(repo, "k.txt", Keys.Make("openai-api-key", 11) + "\n");

        Assert.Equal(ExitCode.LeaksFound, (await CliRun.Of("staged", Path.Combine(repo.Path, "sub"))).ExitCode);
    }

    [Fact]
    public async Task Folder_that_is_not_a_repository_exits_2_with_one_line()
    {
        using var folder = new TempFolder();

        var run = await CliRun.Of("staged", folder.Path);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal($"error: not a git repository: {folder.Path}", run.Error.TrimEnd());
    }

    private static void Stage(TestRepository repo, string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(repo.Path, path))!);
        File.WriteAllText(Path.Combine(repo.Path, path), content);
        LibGit2Sharp.Commands.Stage(repo.Repo, path);
    }
}
