using System;
using System.IO;
using System.Threading;
using LeakGuard.Cli.Progress;
using Xunit;

namespace LeakGuard.Cli.Tests.Progress;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void A_scan_over_before_the_delay_draws_nothing_on_a_terminal()
    {
        using var error = new StringWriter();
        var console = new CliConsole(TextWriter.Null, error, OutIsTerminal: true, ErrorIsTerminal: true);

        var result = ProgressDisplay.Run(console, forced: false, new ScanProgress(), () => 42, liveDelay: TimeSpan.FromMinutes(1));

        Assert.Equal(42, result);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void A_scan_still_running_after_the_delay_draws_the_bar_on_a_terminal()
    {
        using var error = new StringWriter();
        var console = new CliConsole(TextWriter.Null, TextWriter.Synchronized(error), OutIsTerminal: true, ErrorIsTerminal: true);

        var result = ProgressDisplay.Run(console, forced: false, new ScanProgress(), () =>
        {
            // Held until the display has written, however slow the machine: the bar is what this test waits for.
            SpinWait.SpinUntil(() => error.GetStringBuilder().Length > 0, millisecondsTimeout: 30_000);
            return 7;
        }, liveDelay: TimeSpan.Zero);

        Assert.Equal(7, result);
        Assert.NotEqual(string.Empty, error.ToString());
    }
}
