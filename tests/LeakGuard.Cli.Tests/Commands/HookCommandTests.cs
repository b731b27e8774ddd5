using System;
using System.IO;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary><c>leakguard hook install|uninstall</c>, checked with real <c>git commit</c> runs.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HookCommandTests
{
    [Fact]
    public async Task Installed_hook_blocks_a_commit_with_a_key_and_no_verify_passes()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        Assert.Equal(ExitCode.Clean, (await CliRun.Of("hook", "install", repo.Path, "--command", GitProcess.LeakGuardCommand)).ExitCode);
        var key = Keys.Make("openai-api-key", 21);
        File.WriteAllText(Path.Combine(repo.Path, "app.cs"), $"var key = \"{key}\";\n");
        GitProcess.Succeed(repo.Path, "add", "app.cs");

        var (blocked, _, blockedError) = GitProcess.Run(repo.Path, "commit", "-m", "leak");
        var headAfterBlock = GitProcess.Run(repo.Path, "rev-list", "--count", "HEAD").Out.Trim();
        var (bypassed, _, bypassError) = GitProcess.Run(repo.Path, "commit", "--no-verify", "-m", "knowingly");

        Assert.Equal(1, blocked);
        Assert.Equal("1", headAfterBlock);
        Assert.Contains("leakguard: blocked. To bypass knowingly: git commit --no-verify", blockedError, StringComparison.Ordinal);
        Assert.Equal(0, bypassed);
        Assert.Equal("2", GitProcess.Run(repo.Path, "rev-list", "--count", "HEAD").Out.Trim());
        Assert.DoesNotContain(key, blockedError + bypassError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-a")]
    [InlineData("app.cs")]
    public async Task Hook_checks_the_index_git_hands_it_for_commit_all_and_commit_path(string how)
    {
        using var repo = new TestRepository();
        repo.Write("init", "app.cs", "var x = 1;\n");
        await CliRun.Of("hook", "install", repo.Path, "--command", GitProcess.LeakGuardCommand);
        File.WriteAllText(Path.Combine(repo.Path, "app.cs"), $"var x = 1;\nvar key = \"{Keys.Make("github-pat", 24)}\";\n");

        var (code, _, error) = GitProcess.Run(repo.Path, "commit", how, "-m", "leak without git add");

        Assert.Equal(1, code);
        Assert.Contains("leakguard: blocked.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installed_hook_lets_a_clean_commit_through()
    {
        using var repo = new TestRepository();
        await CliRun.Of("hook", "install", repo.Path, "--command", GitProcess.LeakGuardCommand);
        File.WriteAllText(Path.Combine(repo.Path, "a.txt"), "nothing secret\n");
        GitProcess.Succeed(repo.Path, "add", "a.txt");

        Assert.Equal(0, GitProcess.Run(repo.Path, "commit", "-m", "first commit").Code);
    }

    [Fact]
    public async Task Hook_blocks_to_be_safe_when_the_scanner_cannot_run()
    {
        using var repo = new TestRepository();
        await CliRun.Of("hook", "install", repo.Path, "--command", "/nonexistent/leakguard");
        File.WriteAllText(Path.Combine(repo.Path, "a.txt"), "nothing secret\n");
        GitProcess.Succeed(repo.Path, "add", "a.txt");

        var (code, _, error) = GitProcess.Run(repo.Path, "commit", "-m", "first commit");

        Assert.Equal(1, code);
        Assert.Contains("the secret check could not run", error, StringComparison.Ordinal);
        Assert.Contains("git commit --no-verify", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Foreign_hook_is_chained_runs_first_and_is_restored_exactly_on_uninstall()
    {
        using var repo = new TestRepository();
        var hook = Path.Combine(repo.Path, ".git", "hooks", "pre-commit");
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        var foreign = "#!/bin/sh\necho foreign-hook-ran >&2\nexit 0\n";
        File.WriteAllText(hook, foreign);
        File.SetUnixFileMode(hook, (UnixFileMode)Convert.ToInt32("755", 8));

        var install = await CliRun.Of("hook", "install", repo.Path, "--command", GitProcess.LeakGuardCommand);
        File.WriteAllText(Path.Combine(repo.Path, "a.txt"), "fine\n");
        GitProcess.Succeed(repo.Path, "add", "a.txt");
        var (code, _, error) = GitProcess.Run(repo.Path, "commit", "-m", "first commit");
        var uninstall = await CliRun.Of("hook", "uninstall", repo.Path);

        Assert.Contains("your existing hook was kept as pre-commit.leakguard-chained and runs first", install.Out, StringComparison.Ordinal);
        Assert.Equal((0, true), (code, error.Contains("foreign-hook-ran", StringComparison.Ordinal)));
        Assert.Contains("restored the hook it chained to", uninstall.Out, StringComparison.Ordinal);
        Assert.Equal(foreign, File.ReadAllText(hook));
        Assert.Equal((UnixFileMode)Convert.ToInt32("755", 8), File.GetUnixFileMode(hook));
        Assert.False(File.Exists(hook + ".leakguard-chained"));
    }

    [Fact]
    public async Task Failing_foreign_hook_still_blocks_after_chaining()
    {
        using var repo = new TestRepository();
        var hook = Path.Combine(repo.Path, ".git", "hooks", "pre-commit");
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        File.WriteAllText(hook, "#!/bin/sh\nexit 3\n");
        File.SetUnixFileMode(hook, (UnixFileMode)Convert.ToInt32("755", 8));
        await CliRun.Of("hook", "install", repo.Path, "--command", GitProcess.LeakGuardCommand);
        File.WriteAllText(Path.Combine(repo.Path, "a.txt"), "fine\n");
        GitProcess.Succeed(repo.Path, "add", "a.txt");

        Assert.NotEqual(0, GitProcess.Run(repo.Path, "commit", "-m", "first commit").Code);
    }

    [Fact]
    public async Task No_chain_refuses_and_leaves_the_foreign_hook_untouched()
    {
        using var repo = new TestRepository();
        var hook = Path.Combine(repo.Path, ".git", "hooks", "pre-commit");
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        File.WriteAllText(hook, "#!/bin/sh\nexit 0\n");

        var run = await CliRun.Of("hook", "install", repo.Path, "--no-chain");

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal($"error: {hook} is not LeakGuard's hook; left untouched (drop --no-chain to run it before LeakGuard's)", run.Error.TrimEnd());
        Assert.Equal("#!/bin/sh\nexit 0\n", File.ReadAllText(hook));
    }

    [Fact]
    public async Task Uninstall_leaves_a_foreign_hook_untouched()
    {
        using var repo = new TestRepository();
        var hook = Path.Combine(repo.Path, ".git", "hooks", "pre-commit");
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        File.WriteAllText(hook, "#!/bin/sh\nexit 0\n");

        var run = await CliRun.Of("hook", "uninstall", repo.Path);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Equal("#!/bin/sh\nexit 0\n", File.ReadAllText(hook));
    }

    [Fact]
    public async Task Honours_a_relative_core_hooks_path_from_a_subfolder()
    {
        using var repo = new TestRepository();
        repo.Write("init", "src/deep/README.txt", "hello\n");
        GitProcess.Succeed(repo.Path, "config", "core.hooksPath", ".githooks");

        var run = await CliRun.Of("hook", "install", Path.Combine(repo.Path, "src", "deep"), "--command", GitProcess.LeakGuardCommand);
        File.WriteAllText(Path.Combine(repo.Path, "k.txt"), Keys.Make("github-pat", 22) + "\n");
        GitProcess.Succeed(repo.Path, "add", "k.txt");

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(repo.Path, ".githooks", "pre-commit")));
        Assert.False(File.Exists(Path.Combine(repo.Path, ".git", "hooks", "pre-commit")));
        Assert.Equal(1, GitProcess.Run(repo.Path, "commit", "-m", "leak").Code);
    }

    [Fact]
    public async Task Linked_worktree_installs_into_the_shared_hooks_folder()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        using var other = new TempFolder();
        var worktree = Path.Combine(other.Path, "wt");
        GitProcess.Succeed(repo.Path, "worktree", "add", "-q", worktree);

        await CliRun.Of("hook", "install", worktree, "--command", GitProcess.LeakGuardCommand);
        File.WriteAllText(Path.Combine(worktree, "k.txt"), Keys.Make("openai-api-key", 23) + "\n");
        GitProcess.Succeed(worktree, "add", "k.txt");

        Assert.True(File.Exists(Path.Combine(repo.Path, ".git", "hooks", "pre-commit")));
        Assert.Equal(1, GitProcess.Run(worktree, "commit", "-m", "leak").Code);
    }

    [Fact]
    public async Task Reinstall_updates_our_hook_without_chaining_to_itself()
    {
        using var repo = new TestRepository();
        await CliRun.Of("hook", "install", repo.Path, "--command", "first-command");

        var run = await CliRun.Of("hook", "install", repo.Path, "--command", "second-command");

        var hooks = Path.Combine(repo.Path, ".git", "hooks");
        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("second-command staged", File.ReadAllText(Path.Combine(hooks, "pre-commit")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(hooks, "pre-commit.leakguard-chained")));
    }

    /// <summary>A team that keeps LeakGuard in its local tool manifest gets a hook that starts it the way dotnet does.</summary>
    [Theory]
    [InlineData(".config/dotnet-tools.json", true)]
    [InlineData("dotnet-tools.json", true)]
    [InlineData(".config/dotnet-tools.json", false)]
    public async Task Hook_runs_the_local_tool_when_the_manifest_lists_it(string manifest, bool listsLeakGuard)
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        var tool = listsLeakGuard ? "LeakGuard.Cli" : "dotnet-ef";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(repo.Path, manifest))!);
        File.WriteAllText(Path.Combine(repo.Path, manifest), $$"""
            {
              // comments and trailing commas are allowed, as dotnet allows them
              "version": 1,
              "isRoot": true,
              "tools": { "{{tool}}": { "version": "1.0.0", "commands": [ "x" ], }, },
            }
            """);

        Directory.CreateDirectory(Path.Combine(repo.Path, "src"));
        var run = await CliRun.Of("hook", "install", Path.Combine(repo.Path, "src"), "--pre-push");
        var hook = File.ReadAllText(Path.Combine(repo.Path, ".git", "hooks", "pre-push"));

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Equal(listsLeakGuard, hook.Contains("| dotnet leakguard pre-push", StringComparison.Ordinal));
        Assert.Equal(!listsLeakGuard, hook.Contains("| leakguard pre-push", StringComparison.Ordinal));
        Assert.Equal(listsLeakGuard, run.Out.Contains($"it runs 'dotnet leakguard', the local tool {Path.Combine(repo.Path, manifest)} lists", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_given_wins_over_the_local_tool_manifest()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        File.WriteAllText(Path.Combine(repo.Path, "dotnet-tools.json"), """{ "version": 1, "tools": { "leakguard.cli": { "version": "1.0.0" } } }""");

        await CliRun.Of("hook", "install", repo.Path, "--command", "/opt/leakguard/leakguard");

        Assert.Contains("\n/opt/leakguard/leakguard staged\n", File.ReadAllText(Path.Combine(repo.Path, ".git", "hooks", "pre-commit")), StringComparison.Ordinal);
    }
}
