using System.Diagnostics;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>Runs the git command line, for what LibGit2Sharp cannot make (shallow and bare clones).</summary>
internal static class GitCli
{
    public static void Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Xunit.Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error}");
    }
}
