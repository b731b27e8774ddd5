using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Hostile;

/// <summary>Without --no-redact no full secret reaches stdout, stderr or the report file, in any format or source.</summary>
public sealed class RedactionEverywhereTests : IDisposable
{
    private readonly TestRepository repo = new();
    private readonly TempFolder reports = new();
    private readonly string[] keys =
    [
        Keys.Make("openai-api-key", 61),
        Keys.Make("openai-project-api-key", 62),
        Keys.Make("github-pat", 63),
        TestKeys.PrivateKey(seed: 64),
    ];

    public RedactionEverywhereTests()
    {
        repo.Write("config", "config/app.env", $"OPENAI_API_KEY={keys[0]}\nOPENAI_PROJECT_KEY={keys[1]}\n");
        // Pasted into the message too: reports name a finding's first commit by its message.
        repo.Write("token " + keys[2], "src/token.txt", keys[2] + "\n");
        repo.Write("deploy key", "deploy/id_rsa", keys[3] + "\n");
    }

    public static TheoryData<string, string, bool> Runs()
    {
        var runs = new TheoryData<string, string, bool>();
        foreach (var mode in new[] { "git", "dir" })
        {
            foreach (var format in new[] { "text", "json", "sarif", "junit" })
            {
                runs.Add(mode, format, false);
                runs.Add(mode, format, true);
            }
        }

        return runs;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task No_full_secret_is_written_anywhere(string mode, string format, bool toFile)
    {
        var file = reports.Combine($"{mode}.{format}");
        var run = await CliRun.Of(Arguments(mode, format, toFile ? file : null));
        var report = toFile ? await File.ReadAllTextAsync(file) : run.Out;

        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Contains(Keys.Redacted(keys[0]), report, StringComparison.Ordinal);
        foreach (var written in new[] { run.Out, run.Error, report })
        {
            AssertNoFullSecret(written);
        }
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("junit")]
    public async Task No_redact_is_the_only_way_to_see_them(string format)
    {
        var run = await CliRun.Of([.. Arguments("git", format, null), "--no-redact"]);

        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Contains(keys[0], run.Out, StringComparison.Ordinal);
        Assert.Contains(keys[2], run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing/folder/report.json")]
    [InlineData("")]
    public async Task A_failing_output_path_is_one_line_without_secrets(string relative)
    {
        var run = await CliRun.Of(Arguments("git", "json", reports.Combine(relative)));

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Empty(run.Out);
        AssertNoFullSecret(run.Error);
    }

    public void Dispose()
    {
        reports.Dispose();
        repo.Dispose();
    }

    private string[] Arguments(string mode, string format, string? output)
    {
        var args = new List<string> { mode, repo.Path, "--format", format };
        if (output is not null)
        {
            args.AddRange(["--output", output]);
        }

        return [.. args];
    }

    private void AssertNoFullSecret(string written)
    {
        foreach (var key in keys)
        {
            Assert.DoesNotContain(key, written, StringComparison.Ordinal);
            Assert.DoesNotContain(JsonSerializer.Serialize(key)[1..^1], written, StringComparison.Ordinal);
        }
    }
}
