using System;
using System.Diagnostics;
using System.IO;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the git command line as a user does, hooks included, with an explicit identity and without the machine's
/// global or system configuration, so a global core.hooksPath or template cannot change the outcome.
/// </summary>
internal static class GitProcess
{
    /// <summary>How an installed hook starts the LeakGuard built next to the tests.</summary>
    public static string LeakGuardCommand => $"dotnet '{Path.Combine(AppContext.BaseDirectory, "leakguard.dll")}'";

    public static (int Code, string Out, string Error) Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, null, args);

    public static (int Code, string Out, string Error) RunWithInput(string workingDirectory, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = TestRepository.AuthorName;
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = TestRepository.AuthorEmail;
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(input ?? string.Empty);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    public static void Succeed(string workingDirectory, params string[] args)
    {
        var (code, _, error) = Run(workingDirectory, args);
        Xunit.Assert.True(code == 0, $"git {string.Join(' ', args)} failed: {error}");
    }
}
