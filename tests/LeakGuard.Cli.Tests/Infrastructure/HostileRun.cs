using System;
using Xunit;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>What every run on hostile input must look like when it fails: one line, exit 2, no stack trace.</summary>
internal static class HostileRun
{
    public static void AssertOneLineError(CliRun run, string expected)
    {
        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
