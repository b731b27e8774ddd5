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
