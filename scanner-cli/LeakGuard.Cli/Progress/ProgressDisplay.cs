using System;
using System.Globalization;
using System.Threading.Tasks;
using Spectre.Console;

namespace LeakGuard.Cli.Progress;

/// <summary>
/// Shows a running scan's progress on stderr: a live Spectre bar on a terminal; with <c>--progress</c> and no terminal,
/// a plain line every second (for CI logs); otherwise nothing.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LiveInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a scan runs before the live bar appears: a pre-commit check is over before a bar would mean anything.</summary>
    private static readonly TimeSpan LiveDelay = TimeSpan.FromMilliseconds(300);

    public static T Run<T>(CliConsole console, bool forced, ScanProgress progress, Func<T> work) =>
        Run(console, forced, progress, work, LiveDelay);

    /// <param name="liveDelay">How long the scan runs on a terminal before the bar appears.</param>
    internal static T Run<T>(CliConsole console, bool forced, ScanProgress progress, Func<T> work, TimeSpan liveDelay)
    {
        if (console.ErrorIsTerminal)
        {
            var scan = Task.Run(work);
            return scan.Wait(liveDelay) ? scan.GetAwaiter().GetResult() : RunLive(console, progress, scan);
        }

        return forced ? RunPlain(console, progress, work) : work();
    }

    private static T RunLive<T>(CliConsole console, ScanProgress progress, Task<T> scan)
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        return error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var bar = context.AddTask(progress.Stage);
                while (!scan.Wait(LiveInterval))
                {
                    var total = progress.Total;
                    bar.Description = $"{progress.Stage} {progress.Done.ToString("N0", CultureInfo.InvariantCulture)}";
                    bar.MaxValue = Math.Max(total, 1);
                    bar.Value = total == 0 ? 0 : Math.Min(progress.Done, total);
                }

                return scan.GetAwaiter().GetResult();
            });
    }

    private static T RunPlain<T>(CliConsole console, ScanProgress progress, Func<T> work)
    {
        var scan = Task.Run(work);
        while (!scan.Wait(PlainInterval))
        {
            var total = progress.Total > 0 ? "/" + progress.Total.ToString(CultureInfo.InvariantCulture) : string.Empty;
            console.Error.WriteLine($"progress: {progress.Stage} {progress.Done.ToString(CultureInfo.InvariantCulture)}{total}");
        }

        console.Error.WriteLine($"progress: done ({progress.Stage})");
        return scan.GetAwaiter().GetResult();
    }
}
