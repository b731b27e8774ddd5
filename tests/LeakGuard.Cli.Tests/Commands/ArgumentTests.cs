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

    [Theory]
    [InlineData("git", "--bogus")]
    [InlineData("dir", "--bogus")]
    [InlineData("staged", "--bogus")]
    public async Task Unknown_option_is_named_as_such(string command, string option)
    {
        var run = await CliRun.Of(command, option);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.Contains("unknown option: --bogus", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_exits_0()
    {
        var run = await CliRun.Of("git", "--help");

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("--range", run.Out, StringComparison.Ordinal);
    }
}
