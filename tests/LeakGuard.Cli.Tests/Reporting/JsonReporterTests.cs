using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using LeakGuard.Cli.Reporting;
using Xunit;

namespace LeakGuard.Cli.Tests.Reporting;

public sealed class JsonReporterTests
{
    private static readonly string[] CommonFields =
        ["ruleId", "provider", "description", "file", "startLine", "startColumn", "endLine", "endColumn", "secret", "fingerprint", "remediation"];

    private static readonly string[] GitFields = ["commit", "author", "email", "date", "message", "inHead", "commitCount"];

    [Fact]
    public void Git_findings_carry_every_contract_field_with_the_secret_redacted()
    {
        using var json = Render(ReportFixture.Git(), redact: true);

        var first = json.RootElement[0];
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal(CommonFields.Concat(GitFields).Order(), first.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("openai-api-key", first.GetProperty("ruleId").GetString());
        Assert.Equal("OpenAI", first.GetProperty("provider").GetString());
        Assert.Equal("config dir/clé.txt", first.GetProperty("file").GetString());
        Assert.Equal((3, 9), (first.GetProperty("startLine").GetInt32(), first.GetProperty("startColumn").GetInt32()));
        Assert.Equal(LeakGuard.Engine.Redactor.Redact(ReportFixture.OpenAiKey), first.GetProperty("secret").GetString());
        Assert.Equal(LeakGuard.Engine.Fingerprint.Compute("openai-api-key", ReportFixture.OpenAiKey, "config dir/clé.txt"), first.GetProperty("fingerprint").GetString());
        Assert.Equal(ReportFixture.Sha, first.GetProperty("commit").GetString());
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), first.GetProperty("date").GetDateTimeOffset());
        Assert.True(first.GetProperty("inHead").GetBoolean());
        Assert.Equal(3, first.GetProperty("commitCount").GetInt32());
    }

    [Fact]
    public void Dir_findings_have_no_git_fields()
    {
        using var json = Render(ReportFixture.Dir(), redact: true);

        Assert.Equal(CommonFields.Order(), json.RootElement[0].EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public void No_redact_shows_the_full_secret_and_redaction_never_does()
    {
        using var full = Render(ReportFixture.Git(), redact: false);
        var redacted = Write(ReportFixture.Git(), redact: true);

        Assert.Equal(ReportFixture.OpenAiKey, full.RootElement[0].GetProperty("secret").GetString());
        Assert.DoesNotContain(ReportFixture.OpenAiKey, redacted, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportFixture.GitHubKey, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_scan_is_an_empty_array()
    {
        using var json = Render(ReportFixture.Clean(), redact: true);

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    private static JsonDocument Render(LeakGuard.Cli.Findings.ScanReport report, bool redact) => JsonDocument.Parse(Write(report, redact));

    private static string Write(LeakGuard.Cli.Findings.ScanReport report, bool redact)
    {
        using var writer = new StringWriter();
        new JsonReporter(redact).Write(report, writer);
        return writer.ToString();
    }
}
