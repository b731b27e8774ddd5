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
        var start = StartInfo(folder, args);
        start.StandardOutputEncoding = System.Text.Encoding.UTF8;
        using var process = Start(start);
        var error = process.StandardError.ReadToEndAsync();
        for (var text = process.StandardOutput.ReadLine(); text is not null; text = process.StandardOutput.ReadLine())
        {
            line(text);
        }

        Finish(process, start, folder, error.Result);
    }

    /// <summary>
    /// Hands each of <paramref name="blobs"/> (full ids) no larger than <paramref name="maxBytes"/> to
    /// <paramref name="use"/>, bytes as they are, one at a time: their sizes through one <c>git cat-file --batch-check</c>,
    /// then what fits through one <c>--batch</c>.
    /// </summary>
    public static void Blobs(string folder, IReadOnlyList<string> blobs, long maxBytes, Action<string, byte[]> use)
    {
        var fitting = new List<string>();
        Batch(folder, "--batch-check", blobs, (header, _) =>
        {
            if (header.Length == 3 && long.TryParse(header[2], out var size) && size <= maxBytes)
            {
                fitting.Add(header[0]);
            }
        });
        Batch(folder, "--batch", fitting, (header, output) =>
        {
            // "<id> blob <size>", the content and a newline; "<id> missing" for an object not in the store.
            if (header.Length == 3 && long.TryParse(header[2], out var size))
            {
                var content = new byte[size];
                output.ReadExactly(content);
                output.ReadExactly(new byte[1]);
                use(header[0], content);
            }
        });
    }

    private static void Batch(string folder, string mode, IReadOnlyList<string> objects, Action<string[], Stream> answer)
    {
        if (objects.Count == 0)
        {
            return;
        }

        var start = StartInfo(folder, ["cat-file", mode]);
        start.RedirectStandardInput = true;
        using var process = Start(start);
        var error = process.StandardError.ReadToEndAsync();
        var requests = System.Threading.Tasks.Task.Run(() =>
        {
            foreach (var id in objects)
            {
                process.StandardInput.Write(id + "\n");
            }

            process.StandardInput.Close();
        });
        var output = process.StandardOutput.BaseStream;
        foreach (var _ in objects)
        {
            answer(ReadLine(output).Split(' '), output);
        }

        requests.Wait();
        Finish(process, start, folder, error.Result);
    }

    private static string ReadLine(Stream output)
    {
        var line = new List<byte>();
        for (var b = output.ReadByte(); b is not -1 and not '\n'; b = output.ReadByte())
        {
            line.Add((byte)b);
        }

        return System.Text.Encoding.ASCII.GetString([.. line]);
    }

    private static ProcessStartInfo StartInfo(string folder, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new CliException("could not start git");
        }
        catch (Win32Exception e)
        {
            throw new CliException("git was not found on PATH (the staged check runs 'git diff --cached')", e);
        }
    }

    private static void Finish(Process process, ProcessStartInfo start, string folder, string error)
    {
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var message = new StringReader(error).ReadLine() ?? $"exit code {process.ExitCode}";
            throw new CliException(message.Contains("not a git repository", StringComparison.OrdinalIgnoreCase)
                ? $"not a git repository: {folder}"
                : UntrustedRepository.Explain(message) ?? $"git {string.Join(' ', start.ArgumentList)}: {message}");
        }
    }
}
