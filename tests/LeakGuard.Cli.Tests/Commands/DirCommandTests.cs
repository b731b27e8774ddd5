using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

public sealed class DirCommandTests
{
    [Fact]
    public async Task Finds_keys_in_files_and_skips_git_folders()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("src"));
        Directory.CreateDirectory(folder.Combine(".git"));
        File.WriteAllText(folder.Combine("src/app settings.json"), $"{{\n  \"OpenAI\": \"{Keys.Make("openai-project-api-key", 1)}\"\n}}\n");
        File.WriteAllText(folder.Combine(".git/config"), Keys.Make("github-pat", 2));

        var (run, findings) = await CliRun.Json("dir", folder.Path);

        var finding = Assert.Single(findings);
        Assert.Equal(("src/app settings.json", 2, 14, null), (finding.File, finding.StartLine, finding.StartColumn, finding.Commit));
        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
    }

    [Fact]
    public async Task Finds_keys_in_files_shorter_and_longer_than_a_workers_buffer_in_utf8_and_utf16()
    {
        // A worker decodes files of up to 256 KB into its own buffer and longer ones into a string.
        using var folder = new TempFolder();
        var padding = string.Concat(Enumerable.Repeat("// an ordinary line of code, nothing secret here\n", 2_400));
        var medium = $"{padding}OPENAI_API_KEY={Keys.Make("openai-api-key", 4)}\n";
        File.WriteAllText(folder.Combine("short.txt"), $"OPENAI_API_KEY={Keys.Make("openai-api-key", 5)}\n");
        File.WriteAllText(folder.Combine("medium.txt"), medium);
        File.WriteAllText(folder.Combine("medium-utf16.txt"), medium, System.Text.Encoding.Unicode);
        File.WriteAllText(folder.Combine("long.txt"), padding + padding + medium);

        var (_, findings) = await CliRun.Json("dir", folder.Path);

        var line = padding.Split('\n').Length;
        Assert.Equal(
            [("long.txt", (3 * line) - 2, 16), ("medium-utf16.txt", line, 16), ("medium.txt", line, 16), ("short.txt", 1, 16)],
            findings.Select(f => (f.File, f.StartLine, f.StartColumn)).Order());
    }

    /// <summary>A build copies appsettings.json into bin/ and obj/: one key, one finding, unless the copies are asked for.</summary>
    [Fact]
    public async Task Build_output_folders_beside_a_project_file_are_skipped_unless_asked_for()
    {
        using var folder = new TempFolder();
        var settings = $"{{ \"OpenAI\": \"{Keys.Make("openai-api-key", 9)}\" }}\n";
        Directory.CreateDirectory(folder.Combine("src/App/bin/Debug/net10.0"));
        Directory.CreateDirectory(folder.Combine("src/App/obj/Debug/net10.0"));
        Directory.CreateDirectory(folder.Combine("tools/bin"));
        File.WriteAllText(folder.Combine("src/App/App.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        File.WriteAllText(folder.Combine("src/App/appsettings.json"), settings);
        File.WriteAllText(folder.Combine("src/App/bin/Debug/net10.0/appsettings.json"), settings);
        File.WriteAllText(folder.Combine("src/App/obj/Debug/net10.0/appsettings.json"), settings);
        File.WriteAllText(folder.Combine("tools/bin/deploy.env"), $"OPENAI_API_KEY={Keys.Make("openai-api-key", 10)}\n");

        var (run, findings) = await CliRun.Json("dir", folder.Path);
        var (_, all) = await CliRun.Json("dir", folder.Path, "--include-build-output");

        Assert.Equal(["src/App/appsettings.json", "tools/bin/deploy.env"], findings.Select(f => f.File).Order());
        Assert.Contains("2 build output folder(s) (bin/, obj/ beside a project file) not scanned", run.Error, StringComparison.Ordinal);
        Assert.Equal(
            ["src/App/appsettings.json", "src/App/bin/Debug/net10.0/appsettings.json", "src/App/obj/Debug/net10.0/appsettings.json", "tools/bin/deploy.env"],
            all.Select(f => f.File).Order());
    }

    /// <summary>A test suite makes its own TLS keys and database passwords; a provider's key under tests/ is still a leak.</summary>
    [Fact]
    public async Task Secrets_tests_make_under_test_folders_are_counted_not_reported_unless_asked_for()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("deploy"));
        Directory.CreateDirectory(folder.Combine("tests/fixtures"));
        File.WriteAllText(folder.Combine("deploy/server.key"), TestKeys.PrivateKey(seed: 1) + "\n");
        File.WriteAllText(folder.Combine("tests/fixtures/server.key"), TestKeys.PrivateKey(seed: 2) + "\n");
        File.WriteAllText(folder.Combine("tests/fixtures/.env"), $"OPENAI_API_KEY={Keys.Make("openai-api-key", 11)}\n");
        File.WriteAllText(folder.Combine("tests/fixtures/appsettings.json"), $"{{ \"ConnectionStrings\": {{ \"Db\": \"Server=db.contoso.net;User Id=app;Password={FakeKey.Random(FakeKey.Base62, 16, 12)}#;\" }} }}\n");

        var (run, findings) = await CliRun.Json("dir", folder.Path);
        var (_, all) = await CliRun.Json("dir", folder.Path, "--include-test-secrets");

        Assert.Equal([("deploy/server.key", "private-key"), ("tests/fixtures/.env", "openai-api-key")], findings.Select(f => (f.File, f.RuleId)).Order());
        Assert.Contains("2 secret(s) that tests make for themselves (private keys, passwords, tokens they sign) under test, fixture or example folders not reported (--include-test-secrets reports them)", run.Error, StringComparison.Ordinal);
        Assert.Equal(["deploy/server.key", "tests/fixtures/.env", "tests/fixtures/appsettings.json", "tests/fixtures/server.key"], all.Select(f => f.File).Order());
    }

    [Fact]
    public async Task Clean_folder_exits_0()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("a.txt"), "hello");

        Assert.Equal(ExitCode.Clean, (await CliRun.Of("dir", folder.Path)).ExitCode);
    }

    [Fact]
    public async Task Files_over_the_size_cap_are_skipped_and_counted()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("huge.txt"), new string('a', 2 * 1024 * 1024) + Keys.Make("openai-api-key", 3));

        var run = await CliRun.Of("dir", folder.Path, "--max-file-size", "1");

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("1 file(s) over 1 MB not scanned", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_file_is_scanned_with_its_folders_configuration()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("one.env"), $"OPENAI_API_KEY={Keys.Make("openai-project-api-key", 3)}\n");
        File.WriteAllText(folder.Combine("other.env"), $"GITHUB_TOKEN={Keys.Make("github-pat", 4)}\n");

        var (run, findings) = await CliRun.Json("dir", folder.Combine("one.env"));
        File.WriteAllText(folder.Combine("leakguard.toml"), "[allowlist]\npaths = [\"one.env\"]\n");
        var (allowed, none) = await CliRun.Json("dir", folder.Combine("one.env"));

        var finding = Assert.Single(findings);
        Assert.Equal(("one.env", "openai-project-api-key", 1, 16), (finding.File, finding.RuleId, finding.StartLine, finding.StartColumn));
        Assert.StartsWith("1 leak(s) found in 1 file(s) (1 file(s),", run.Error, StringComparison.Ordinal);
        Assert.Empty(none);
        Assert.Equal(ExitCode.Clean, allowed.ExitCode);
    }

    [Fact]
    public async Task Missing_folder_exits_2()
    {
        using var folder = new TempFolder();

        var run = await CliRun.Of("dir", folder.Combine("missing"));

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal($"error: no such file or directory: {folder.Combine("missing")}", run.Error.TrimEnd());
    }
}
