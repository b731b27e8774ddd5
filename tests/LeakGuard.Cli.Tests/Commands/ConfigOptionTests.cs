using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

public sealed class ConfigOptionTests
{
    private const string AcmeRule = """
        [[rules]]
        id = "acme-api-key"
        provider = "ACME"
        regex = '''acme_[a-z0-9]{32}'''
        keywords = ["acme_"]
        """;

    private static string AcmeKey(string infix = "") =>
        FakeKey.Of("ac", "me_", infix, FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 32 - infix.Length));

    [Fact]
    public async Task A_custom_rule_in_leakguard_toml_at_the_root_is_found()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("leakguard.toml"), AcmeRule);
        File.WriteAllText(folder.Combine("app.env"), $"ACME={AcmeKey()}\n");

        var (run, findings) = await CliRun.Json("dir", folder.Path);

        var finding = Assert.Single(findings);
        Assert.Equal(("acme-api-key", "app.env", 1, 6), (finding.RuleId, finding.File, finding.StartLine, finding.StartColumn));
        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
    }

    [Fact]
    public async Task Report_test_keys_in_leakguard_toml_reports_private_keys_under_test_folders()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("testdata"));
        File.WriteAllText(folder.Combine("testdata/client.pem"), TestKeys.PrivateKey(seed: 3) + "\n");
        File.WriteAllText(folder.Combine("leakguard.toml"), "[extend]\nreportTestSecrets = true\n");

        var (run, findings) = await CliRun.Json("dir", folder.Path);

        Assert.Equal(("private-key", "testdata/client.pem"), (Assert.Single(findings).RuleId, findings[0].File));
        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
    }

    [Fact]
    public async Task A_disabled_rule_is_silent()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("leakguard.toml"), "[extend]\ndisabledRules = [\"openai-project-api-key\"]\n");
        File.WriteAllText(folder.Combine("a.txt"), Keys.Make("openai-project-api-key", 1));

        var (run, findings) = await CliRun.Json("dir", folder.Path);

        Assert.Empty(findings);
        Assert.Equal(ExitCode.Clean, run.ExitCode);
    }

    [Theory]
    [InlineData("paths = ['**/testdata/**']", "src/testdata/keys.txt", "")]
    [InlineData("regexes = ['''^acme_test''']", "keys.txt", "test")]
    [InlineData("stopwords = ['example']", "keys.txt", "xxexample")]
    public async Task Each_allowlist_kind_silences_its_finding(string allowlist, string file, string infix)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("leakguard.toml"), AcmeRule + "\n[allowlist]\n" + allowlist + "\n");
        Directory.CreateDirectory(Path.GetDirectoryName(folder.Combine(file))!);
        File.WriteAllText(folder.Combine(file), AcmeKey(infix));
        File.WriteAllText(folder.Combine("other.txt"), AcmeKey());

        var (_, findings) = await CliRun.Json("dir", folder.Path);

        Assert.Equal("other.txt", Assert.Single(findings).File);
    }

    [Fact]
    public async Task A_gitleaks_config_is_imported_in_a_git_scan_with_warnings_for_what_is_ignored()
    {
        using var repository = new TestRepository();
        using var config = new TempFolder();
        File.WriteAllText(config.Combine("gitleaks.toml"), """
            title = "company rules"
            [extend]
            useDefault = true
            [[rules]]
            id = "acme-api-key"
            regex = '''(?i)acme_key\s*=\s*(?P<key>[a-z0-9]{32})'''
            keywords = ["acme_key"]
            tags = ["internal"]
            [allowlist]
            paths = ['''fixtures/**''']
            """);
        var body = FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 32);
        var line = Encoding.UTF8.GetBytes($"ACME_KEY = {body}\n");
        repository.Commit("add keys", ("src/a.ini", line), ("fixtures/b.ini", line));

        var (run, findings) = await CliRun.Json("git", repository.Path, "--config", config.Combine("gitleaks.toml"), "--no-redact");

        var finding = Assert.Single(findings);
        Assert.Equal(("acme-api-key", "src/a.ini", body), (finding.RuleId, finding.File, finding.Secret));
        Assert.Contains("warning: gitleaks.toml: rule 'acme-api-key': ignored 'tags' (LeakGuard rules have no tags)", run.Error, StringComparison.Ordinal);
        Assert.Contains("warning: gitleaks.toml: configuration: ignored 'title'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_regex_is_a_one_line_error_with_exit_2()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("leakguard.toml"), "[[rules]]\nid = \"broken\"\nregex = '''(acme'''\n");

        var run = await CliRun.Of("dir", folder.Path);

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.StartsWith("error: leakguard.toml: rule 'broken': invalid regex '(acme'", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_missing_config_file_is_an_error()
    {
        using var folder = new TempFolder();

        var run = await CliRun.Of("dir", folder.Path, "--config", folder.Combine("nope.toml"));

        Assert.Equal(ExitCode.Error, run.ExitCode);
        Assert.StartsWith("error: --config: no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_in_a_kubernetes_secret_is_reported_at_its_base64_value()
    {
        using var folder = new TempFolder();
        var encoded = FakeKey.Base64Of(Keys.Make("openai-project-api-key", 4));
        File.WriteAllText(folder.Combine("secret.yaml"), $"kind: Secret\ndata:\n  OPENAI_API_KEY: {encoded}\n");

        var (_, findings) = await CliRun.Json("dir", folder.Path);

        var finding = Assert.Single(findings);
        Assert.Equal((3, 19, 19 + encoded.Length), (finding.StartLine, finding.StartColumn, finding.EndColumn));
    }
}
