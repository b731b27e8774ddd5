using System;
using System.Diagnostics;
using System.IO;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary>The real executable, as CI runs it: exit codes and stderr survive the process boundary.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Leak_exits_1_with_a_redacted_report()
    {
        using var repo = new TestRepository();
        var key = Keys.Make("openai-api-key", 41);
        repo.Write("leak", "k.txt", key + "\n");

        var (code, output, _) = Run("git", repo.Path);

        Assert.Equal(1, code);
        Assert.Contains(Keys.Redacted(key), output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, output, StringComparison.Ordinal);
    }

    /// <summary>The tool as shipped (libgit2's object cache off) reading a range on demand, and the refs that reach it.</summary>
    [Fact]
    public void Range_scan_reports_the_key_and_the_refs_that_reach_it()
    {
        using var repo = new TestRepository();
        var start = repo.Write("init", "README.txt", "hello\n");
        GitCli.Run(repo.Path, "tag", "before");
        var key = Keys.Make("github-pat", 42);
        repo.Write("leak", "app.env", $"TOKEN={key}\n");
        GitCli.Run(repo.Path, "tag", "after");

        var (code, output, _) = Run("git", repo.Path, "--range", $"{start.Sha}..HEAD");

        Assert.Equal(1, code);
        Assert.Contains(Keys.Redacted(key), output, StringComparison.Ordinal);
        Assert.Contains($"reachable from HEAD, branch(es) {repo.DefaultBranch}, tag(s) after", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_a_repository_exits_2_with_one_line_and_no_stack_trace()
    {
        using var folder = new TempFolder();

        var (code, output, error) = Run("git", folder.Path);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"error: not a git repository: {folder.Path}", error.TrimEnd());
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "leakguard.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
