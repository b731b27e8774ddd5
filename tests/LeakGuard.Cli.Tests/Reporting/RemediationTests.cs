using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using LibGit2Sharp;
using Xunit;

namespace LeakGuard.Cli.Tests.Reporting;

/// <summary>Every finding says what to do: where to revoke, the steps, and which refs still reach the key.</summary>
public sealed class RemediationTests
{
    [Fact]
    public async Task Json_carries_the_steps_the_rotate_url_and_the_refs_that_reach_the_key()
    {
        using var repo = new TestRepository();
        repo.Write("leak", "k.txt", Keys.Make("openai-api-key", 81) + "\n");
        repo.Repo.ApplyTag("v1.0");
        repo.CreateBranch("kept");
        repo.Write("remove", "k.txt", "gone\n");

        var run = await CliRun.Of("git", repo.Path, "--format", "json");

        using var document = JsonDocument.Parse(run.Out);
        var finding = Assert.Single(document.RootElement.EnumerateArray().ToArray());
        var remediation = finding.GetProperty("remediation");
        var reachable = finding.GetProperty("reachableFrom");
        Assert.Equal("https://platform.openai.com/api-keys", remediation.GetProperty("rotateUrl").GetString());
        Assert.Equal(("OpenAI:ApiKey", "OPENAI_API_KEY"), (remediation.GetProperty("configurationKey").GetString(), remediation.GetProperty("environmentVariable").GetString()));
        Assert.Equal(4, remediation.GetProperty("steps").GetArrayLength());
        Assert.StartsWith("Revoke or rotate the key at https://platform.openai.com/api-keys", remediation.GetProperty("steps")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("rewrite history", remediation.GetProperty("steps")[3].GetString(), StringComparison.Ordinal);
        Assert.True(reachable.GetProperty("head").GetBoolean());
        Assert.Equal(["kept", repo.DefaultBranch], reachable.GetProperty("branches").EnumerateArray().Select(b => b.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["v1.0"], reachable.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Key_on_an_unmerged_branch_only_is_not_reachable_from_HEAD()
    {
        using var repo = new TestRepository();
        repo.Write("init", "README.txt", "hello\n");
        var main = repo.DefaultBranch;
        repo.CreateBranch("feature");
        repo.Checkout("feature");
        repo.Write("leak", "k.txt", Keys.Make("github-pat", 82) + "\n");
        repo.Checkout(main);

        var run = await CliRun.Of("git", repo.Path);

        Assert.Contains("    reachable from branch(es) feature\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_report_shows_the_steps_under_each_finding()
    {
        using var repo = new TestRepository();
        repo.Write("leak", "k.txt", Keys.Make("openai-api-key", 83) + "\n");

        var run = await CliRun.Of("git", repo.Path);

        Assert.Contains("    what to do: 1. Revoke or rotate the key at https://platform.openai.com/api-keys. 2. Issue a new key", run.Out, StringComparison.Ordinal);
        Assert.Contains("3. Load it from configuration ('OpenAI:ApiKey') or the OPENAI_API_KEY environment variable", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Kubernetes_secret_is_changed_where_it_was_issued_not_moved_to_configuration()
    {
        using var repo = new TestRepository();
        repo.Write("leak", "deploy/secret.yaml", KubernetesSecret(86));

        var run = await CliRun.Of("git", repo.Path);

        Assert.Contains("what to do: 1. Change the credential the value decodes to where it was issued", run.Out, StringComparison.Ordinal);
        Assert.Contains("2. Keep the Secret's values out of the repository", run.Out, StringComparison.Ordinal);
        Assert.Contains("3. Then decide whether to rewrite history", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Load it from configuration", run.Out, StringComparison.Ordinal);
    }

    /// <summary>A Secret manifest whose password is a random value, written in base 64 as Kubernetes wants it.</summary>
    internal static string KubernetesSecret(int seed) =>
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: "
        + FakeKey.Base64Of(LeakGuard.Tests.FakeKey.Random(LeakGuard.Tests.FakeKey.Base62, 24, seed)) + "\n";

    [Fact]
    public async Task Sarif_results_carry_remediation_properties_and_ignored_findings_as_suppressed()
    {
        using var repo = new TestRepository();
        var ignored = Keys.Make("openai-api-key", 84);
        System.IO.File.WriteAllText(System.IO.Path.Combine(repo.Path, ".leakguardignore"), LeakGuard.Engine.Fingerprint.Compute("openai-api-key", ignored, "a.txt") + "\n");
        repo.Commit(
            "keys",
            ("a.txt", System.Text.Encoding.UTF8.GetBytes(ignored + "\n")),
            ("b.txt", System.Text.Encoding.UTF8.GetBytes(Keys.Make("github-pat", 85) + "\n")));

        var run = await CliRun.Of("git", repo.Path, "--format", "sarif");

        using var document = JsonDocument.Parse(run.Out);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        var active = Assert.Single(results, r => !r.TryGetProperty("suppressions", out _));
        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Equal("b.txt", active.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("external", suppressed.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal("https://github.com/settings/tokens", active.GetProperty("properties").GetProperty("rotateUrl").GetString());
        Assert.StartsWith("HEAD", active.GetProperty("properties").GetProperty("reachableFrom").GetString(), StringComparison.Ordinal);
    }
}
