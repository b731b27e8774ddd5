using System.Diagnostics;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>Runs the git command line, for what LibGit2Sharp cannot make (shallow and bare clones, worktrees, submodules).</summary>
internal static class GitCli
{
    public static void Run(string workingDirectory, params string[] args) => Output(workingDirectory, args);

    public static string Output(string workingDirectory, params string[] args) => Input(workingDirectory, string.Empty, args);

    public static string Input(string workingDirectory, string input, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-c", "user.name=Ada Tester", "-c", "user.email=ada@example.test", "-c", "protocol.file.allow=always" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Xunit.Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error.Result}");
        return output.Trim();
    }
}
