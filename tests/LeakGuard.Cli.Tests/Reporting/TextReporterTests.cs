using System;
using System.IO;
using LeakGuard.Cli.Reporting;
using Xunit;

namespace LeakGuard.Cli.Tests.Reporting;

public sealed class TextReporterTests
{
    [Fact]
    public void Groups_findings_by_file_with_origin_and_a_summary_line()
    {
        var lines = Write(colour: false, redact: true).TrimEnd().Split(Environment.NewLine);

        Assert.Equal("config dir/clé.txt", lines[0]);
        Assert.StartsWith("  3:9  openai-api-key  " + LeakGuard.Engine.Redactor.Redact(ReportFixture.OpenAiKey), lines[1], StringComparison.Ordinal);
        Assert.Equal($"    first in {ReportFixture.Sha[..12]} by Ada Tester <ada@example.test> 2024-05-01 \"add config\"; still in HEAD; in 3 commit(s)", lines[2]);
        Assert.StartsWith("    what to do: 1. Revoke or rotate the key at https://platform.openai.com/api-keys.", lines[3], StringComparison.Ordinal);
        Assert.Equal("src/a.cs", lines[4]);
        Assert.StartsWith("2 leak(s) found in 2 file(s) (4 commit(s), 7 blob(s)", lines[^1], StringComparison.Ordinal);
        Assert.Contains("skipped 1 binary", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void No_colour_codes_unless_asked()
    {
        Assert.DoesNotContain("\u001b[", Write(colour: false, redact: true), StringComparison.Ordinal);
        Assert.Contains("\u001b[", Write(colour: true, redact: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Redacts_unless_told_not_to()
    {
        Assert.DoesNotContain(ReportFixture.OpenAiKey, Write(colour: false, redact: true), StringComparison.Ordinal);
        Assert.Contains(ReportFixture.OpenAiKey, Write(colour: false, redact: false), StringComparison.Ordinal);
    }

    private static string Write(bool colour, bool redact)
    {
        using var writer = new StringWriter();
        new TextReporter(redact, colour).Write(ReportFixture.Git(), writer);
        return writer.ToString();
    }
}
