using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Runs the git command line. The staged check uses it rather than LibGit2Sharp: in a hook, git hands the index to
/// check through <c>GIT_INDEX_FILE</c> (a temporary one for <c>git commit -a</c> or <c>git commit PATH</c>), which a
/// child git honours and libgit2 does not; and starting git costs a few milliseconds, loading libgit2 about a hundred.
/// </summary>
internal static class GitCommandLine
{
    /// <summary>Runs git in <paramref name="folder"/>, handing each stdout line to <paramref name="line"/>; throws a one-line error on failure.</summary>
    public static void Run(string folder, IEnumerable<string> args, Action<string> line)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CliException("could not start git");
        }
        catch (Win32Exception e)
        {
            throw new CliException("git was not found on PATH (the staged check runs 'git diff --cached')", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            for (var text = process.StandardOutput.ReadLine(); text is not null; text = process.StandardOutput.ReadLine())
            {
                line(text);
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = new StringReader(error.Result).ReadLine() ?? $"exit code {process.ExitCode}";
                throw new CliException(message.Contains("not a git repository", StringComparison.OrdinalIgnoreCase)
                    ? $"not a git repository: {folder}"
                    : UntrustedRepository.Explain(message) ?? $"git {string.Join(' ', start.ArgumentList)}: {message}");
            }
        }
    }
}
