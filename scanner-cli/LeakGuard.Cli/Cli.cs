using System;
using System.CommandLine;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LeakGuard.Cli.Commands;
using LeakGuard.Cli.Sources;
using LibGit2Sharp;

namespace LeakGuard.Cli;

/// <summary>The testable entry point: parses, runs, and turns every failure into one line on stderr and exit code 2.</summary>
internal static class Cli
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, System.IO.TextReader? input = null)
    {
        var root = new RootCommand("LeakGuard: finds API keys in git histories and directories.")
        {
            new GitCommand(console),
            new DirCommand(console),
            new StagedCommand(console),
            new PrePushCommand(console, input ?? Console.In),
            new HookCommand(console),
            new BaselineCommand(console),
            new RulesCommand(console),
        };

        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                await console.Error.WriteLineAsync($"error: {OneLine(parsed.Errors[0].Message)} (see 'leakguard --help')").ConfigureAwait(false);
                return ExitCode.Error;
            }

            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parsed.InvokeAsync(configuration).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The contract is "never a stack trace": anything unforeseen still becomes one line and exit 2.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // Parallel scans and the progress display wrap the real cause.
            var cause = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
            await console.Error.WriteLineAsync($"error: {Describe(cause)}").ConfigureAwait(false);
            return ExitCode.Error;
        }
    }

    private static string Describe(Exception cause) => cause switch
    {
        LibGit2SharpException when UntrustedRepository.Explain(cause.Message) is { } untrusted => untrusted,
        CliException or LibGit2SharpException or System.IO.IOException or UnauthorizedAccessException => OneLine(cause.Message),
        _ => $"unexpected {cause.GetType().Name}: {OneLine(cause.Message)}",
    };

    /// <summary>Line breaks and tabs (System.CommandLine lists allowed values on lines of their own) become one space.</summary>
    private static string OneLine(string message) => Regex.Replace(message, @"\s*[\r\n\t]\s*", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
}
