using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>Runs the CLI in-process, capturing both streams as a non-terminal would.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync(args, new CliConsole(output, error, false, false));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs a scan with <c>--format json</c> and returns its findings.</summary>
    public static async Task<(CliRun Run, JsonFinding[] Findings)> Json(params string[] args)
    {
        var run = await Of([.. args, "--format", "json"]);
        Xunit.Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Error}");
        using var document = JsonDocument.Parse(run.Out);
        return (run, document.RootElement.EnumerateArray().Select(JsonFinding.From).ToArray());
    }
}
