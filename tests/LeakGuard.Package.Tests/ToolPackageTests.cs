using System;
using System.IO;
using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Package.Tests;

[Collection(PackedFeedGroup.Name)]
public sealed class ToolPackageTests(PackedFeed feed)
{
    [Fact]
    public async Task Installed_tool_fails_a_repository_with_a_key_and_passes_a_clean_one()
    {
        var tools = Path.Combine(feed.Root, "tools");
        var install = await Shell.RunAsync(feed.Root, "dotnet", "tool", "install", "LeakGuard.Cli", "--tool-path", tools, "--add-source", feed.Feed, "--version", feed.Version);
        Assert.True(install.ExitCode == 0, install.ToString());
        var leakguard = Path.Combine(tools, "leakguard");

        var key = TestKeys.OpenAi(11);
        var leaky = await CreateRepositoryAsync("leaky", $"OPENAI_API_KEY={key}\n");
        var clean = await CreateRepositoryAsync("clean", "OPENAI_API_KEY=\n");

        var leakyScan = await Shell.RunAsync(feed.Root, leakguard, "git", leaky);
        var cleanScan = await Shell.RunAsync(feed.Root, leakguard, "git", clean);

        Assert.True(leakyScan.ExitCode == 1, leakyScan.ToString());
        Assert.Contains("openai", leakyScan.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key, leakyScan.Output, StringComparison.Ordinal);
        Assert.True(cleanScan.ExitCode == 0, cleanScan.ToString());
    }

    /// <summary>
    /// A team keeps LeakGuard in its local tool manifest: the hook it installs starts the tool as dotnet does there, and
    /// a commit with a key is blocked by the installed package itself.
    /// </summary>
    [Fact]
    public async Task Local_tool_hook_blocks_a_commit_with_a_key()
    {
        var repo = await CreateRepositoryAsync("team", "OPENAI_API_KEY=\n");
        feed.WriteNuGetConfig(repo);
        foreach (var command in new[]
        {
            new[] { "new", "tool-manifest" },
            new[] { "tool", "install", "LeakGuard.Cli", "--version", feed.Version },
            new[] { "leakguard", "hook", "install" },
        })
        {
            var result = await Shell.RunAsync(repo, "dotnet", command);
            Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', command)}: {result}");
        }

        var key = TestKeys.OpenAi(12);
        await File.WriteAllTextAsync(Path.Combine(repo, ".env"), $"OPENAI_API_KEY={key}\n");
        Assert.Equal(0, (await Shell.RunAsync(repo, "git", "add", ".env")).ExitCode);
        var commit = await Shell.RunAsync(repo, "git", "commit", "-q", "-m", "Add the key");

        Assert.True(commit.ExitCode == 1, commit.ToString());
        Assert.Contains("leakguard: blocked. To bypass knowingly: git commit --no-verify", commit.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, commit.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet leakguard staged", await File.ReadAllTextAsync(Path.Combine(repo, ".git", "hooks", "pre-commit")), StringComparison.Ordinal);
    }

    private async Task<string> CreateRepositoryAsync(string name, string envFile)
    {
        var path = Path.Combine(feed.Root, name);
        Directory.CreateDirectory(path);
        await File.WriteAllTextAsync(Path.Combine(path, ".env"), envFile);
        foreach (var command in new[] { new[] { "init", "-q" }, new[] { "add", "-A" }, new[] { "commit", "-q", "-m", "Add settings" } })
        {
            var result = await Shell.RunAsync(path, "git", command);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        return path;
    }
}
