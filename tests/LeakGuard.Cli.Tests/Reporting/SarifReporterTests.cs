using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Json.Schema;
using LeakGuard.Cli.Reporting;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Reporting;

public sealed class SarifReporterTests
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    [Fact]
    public void Git_report_is_valid_sarif_2_1_0()
    {
        AssertValid(Write(ReportFixture.Git()));
    }

    [Fact]
    public void Clean_and_dir_reports_are_valid_sarif_2_1_0()
    {
        AssertValid(Write(ReportFixture.Clean()));
        AssertValid(Write(ReportFixture.Dir()));
    }

    [Fact]
    public void Schema_check_rejects_a_broken_log()
    {
        var node = JsonNode.Parse(Write(ReportFixture.Git()))!;
        node["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;

        Assert.False(Evaluate(node.ToJsonString()).IsValid);
    }

    [Fact]
    public void Driver_lists_each_reported_rule_with_description_and_help()
    {
        using var sarif = JsonDocument.Parse(Write(ReportFixture.Git()));

        var driver = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("LeakGuard", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(["github-pat", "openai-api-key"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString())));
        Assert.All(rules, r => Assert.Contains("rotate", r.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Results_carry_location_region_and_fingerprints()
    {
        using var sarif = JsonDocument.Parse(Write(ReportFixture.Git()));

        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var region = location.GetProperty("region");
        Assert.Equal("openai-api-key", result.GetProperty("ruleId").GetString());
        Assert.Contains(LeakGuard.Engine.Redactor.Redact(ReportFixture.OpenAiKey), result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("config%20dir/cl%C3%A9.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal((3, 9, 3, 9 + ReportFixture.OpenAiKey.Length), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        var fingerprints = result.GetProperty("partialFingerprints");
        Assert.Equal(LeakGuard.Engine.Fingerprint.Compute("openai-api-key", ReportFixture.OpenAiKey, "config dir/clé.txt"), fingerprints.GetProperty(SarifReporter.FingerprintKey).GetString());
        Assert.Equal(ReportFixture.Sha, fingerprints.GetProperty(SarifReporter.CommitKey).GetString());
    }

    [Fact]
    public void What_the_scan_could_not_cover_is_told_as_invocation_notifications()
    {
        var report = ReportFixture.Git();
        report.Statistics.Notes.Add("shallow clone: history before the clone's boundary is not scanned");
        report.Statistics.Notes.Add("2 submodule(s) not entered: scan each submodule's repository on its own");

        var text = Write(report);

        AssertValid(text);
        using var sarif = JsonDocument.Parse(text);
        var invocation = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToArray();
        Assert.Equal(report.Statistics.Notes, notifications.Select(n => n.GetProperty("message").GetProperty("text").GetString()));
        Assert.All(notifications, n => Assert.Equal("warning", n.GetProperty("level").GetString()));
    }

    [Fact]
    public void Secrets_are_redacted()
    {
        var sarif = Write(ReportFixture.Git());

        Assert.DoesNotContain(ReportFixture.OpenAiKey, sarif, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportFixture.GitHubKey, sarif, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Real_git_scan_writes_valid_sarif_to_a_file_with_the_first_commit()
    {
        using var repo = new TestRepository();
        var leak = repo.Write("leak", "dir with space/ünï.txt", "x\nk=" + Keys.Make("openai-project-api-key", 31) + "\n");
        repo.Write("later", "README.txt", "y\n");
        using var output = new TempFolder();
        var file = output.Combine("out.sarif");

        var run = await CliRun.Of("git", repo.Path, "--format", "sarif", "--output", file);

        var text = await File.ReadAllTextAsync(file);
        AssertValid(text);
        using var sarif = JsonDocument.Parse(text);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Equal("dir%20with%20space/%C3%BCn%C3%AF.txt", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(leak.Sha, result.GetProperty("partialFingerprints").GetProperty(SarifReporter.CommitKey).GetString());
        Assert.Empty(run.Out);
        Assert.StartsWith("1 leak(s) found in 1 file(s)", run.Error, StringComparison.Ordinal);
    }

    private static void AssertValid(string sarif)
    {
        var result = Evaluate(sarif);
        var errors = result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, errors));
    }

    private static EvaluationResults Evaluate(string sarif) =>
        Schema.Value.Evaluate(JsonNode.Parse(sarif), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    private static string Write(LeakGuard.Cli.Findings.ScanReport report)
    {
        using var writer = new StringWriter();
        new SarifReporter(redact: true).Write(report, writer);
        return writer.ToString();
    }

    // The schema is draft-04, which JsonSchema.Net does not evaluate; the SARIF schema uses no keyword whose meaning
    // changed after draft-04 except "id", so it is read as draft-07 with "id" renamed to "$id".
    private static JsonSchema LoadSchema()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Assets", "sarif-2.1.0-rtm.5.json")))!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        var id = node["id"]!.GetValue<string>();
        node.Remove("id");
        node["$id"] = id;
        return JsonSchema.FromText(node.ToJsonString());
    }
}
