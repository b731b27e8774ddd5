using System;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

public sealed class ArgumentTests
{
    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("git . --format xml")]
    [InlineData("git . --max-file-size 0")]
    [InlineData("git . --max-file-size many")]
    [InlineData("dir")]
    [InlineData("rules --verbose")]
    public async Task Bad_arguments_exit_2_with_one_line_on_stderr(string commandLine)
    {
        var run = await CliRun.Of(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_exits_0()
    {
        var run = await CliRun.Of("git", "--help");

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("--range", run.Out, StringComparison.Ordinal);
    }
}
