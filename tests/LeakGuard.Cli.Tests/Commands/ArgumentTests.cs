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
    public async Task Allowed_values_are_listed_on_the_one_line()
    {
        var run = await CliRun.Of("git", ".", "--format", "xml");

        Assert.Equal("error: Argument 'xml' not recognized. Must be one of: 'text' 'json' 'sarif' 'junit' (see 'leakguard --help')", run.Error.TrimEnd());
    }

    /// <summary>Checked before the scan, which may run for minutes, so that its report is not lost.</summary>
    [Fact]
    public async Task Output_into_a_missing_folder_or_onto_a_folder_exits_2_before_scanning()
    {
        using var folder = new TempFolder();

        var missing = await CliRun.Of("dir", folder.Path, "--output", folder.Combine("no/such/report.json"));
        var onFolder = await CliRun.Of("dir", folder.Path, "--output", folder.Path);

        Assert.Equal(ExitCode.Error, missing.ExitCode);
        Assert.StartsWith($"error: --output: no such folder: {folder.Combine("no/such")}", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Error, onFolder.ExitCode);
        Assert.StartsWith($"error: --output: {folder.Path} is a folder; name a file", onFolder.Error, StringComparison.Ordinal);
        Assert.Empty(missing.Out + onFolder.Out);
    }

    [Fact]
    public async Task Help_exits_0()
    {
        var run = await CliRun.Of("git", "--help");

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("--range", run.Out, StringComparison.Ordinal);
    }
}
