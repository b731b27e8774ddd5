using System.Linq;
using LeakGuard.Engine.Configuration;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Configuration;

public class ConfigurationReaderTests
{
    private const string AcmeRule = """
        [[rules]]
        id = "acme-api-key"
        description = "ACME API key"
        provider = "ACME"
        regex = '''acme_[a-z0-9]{32}'''
        keywords = ["acme_"]
        entropy = 3.0
        """;

    private static string AcmeKey(int seed = 1) => FakeKey.Of("ac", "me_", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 32, seed));

    [Fact]
    public void A_custom_rule_finds_its_key_beside_the_built_in_rules()
    {
        var scanner = ConfigurationReader.Read(AcmeRule).CreateScanner(BuiltInRules.All);
        var text = $"acme = {AcmeKey()}\nopenai = {TestKeys.OpenAi()}";

        var findings = scanner.Scan(text).Findings;

        Assert.Equal(["acme-api-key", "openai-api-key"], findings.Select(f => f.Rule.Id));
        Assert.Equal(text.IndexOf(AcmeKey(), System.StringComparison.Ordinal), findings[0].Start);
        Assert.Equal("ACME", findings[0].Rule.Provider);
    }

    [Fact]
    public void Use_default_false_runs_only_the_rules_of_the_file()
    {
        var scanner = ConfigurationReader.Read("[extend]\nuseDefault = false\n" + AcmeRule).CreateScanner(BuiltInRules.All);

        Assert.Equal(["acme-api-key"], scanner.Rules.Select(r => r.Id));
        Assert.Empty(scanner.Scan(TestKeys.OpenAi()).Findings);
    }

    [Fact]
    public void A_disabled_rule_is_silent()
    {
        var scanner = ConfigurationReader.Read("[extend]\ndisabledRules = [\"openai-api-key\"]").CreateScanner(BuiltInRules.All);

        Assert.DoesNotContain(scanner.Rules, r => r.Id == "openai-api-key");
        Assert.Empty(scanner.Scan($"key = {TestKeys.OpenAi()}").Findings);
        Assert.Single(scanner.Scan($"key = {TestKeys.GitHubClassic()}").Findings);
    }

    [Fact]
    public void A_named_or_numbered_secret_group_is_the_secret()
    {
        var named = ConfigurationReader.Read("""
            [[rules]]
            id = "acme"
            regex = '''token=(?<secret>acme_[a-z0-9]{32})'''
            keywords = ["acme_"]
            """).CreateScanner(BuiltInRules.All);
        var numbered = ConfigurationReader.Read("""
            [[rules]]
            id = "acme"
            regex = '''token=(acme_[a-z0-9]{32})'''
            secretGroup = 1
            keywords = ["acme_"]
            """).CreateScanner(BuiltInRules.All);
        var text = $"url?token={AcmeKey()}";

        Assert.Equal(AcmeKey(), named.Scan(text).Findings.Single().Secret);
        Assert.Equal(AcmeKey(), numbered.Scan(text).Findings.Single().Secret);
    }

    [Fact]
    public void A_regex_allowlist_ignores_matching_secrets_of_every_rule()
    {
        var test = FakeKey.Of("ac", "me_", "test", FakeKey.Random("abcdefghij0123456789", 28));
        var scanner = ConfigurationReader.Read(AcmeRule + "\n[allowlist]\nregexes = ['''^acme_test''']").CreateScanner(BuiltInRules.All);

        Assert.Empty(scanner.Scan(test).Findings);
        Assert.Single(scanner.Scan(AcmeKey()).Findings);
    }

    [Fact]
    public void A_stopword_ignores_secrets_that_contain_it()
    {
        var example = FakeKey.Of("ac", "me_", "example", FakeKey.Random("abcdefghij0123456789", 25));
        var scanner = ConfigurationReader.Read(AcmeRule + "\n[allowlist]\nstopwords = [\"EXAMPLE\"]").CreateScanner(BuiltInRules.All);

        Assert.Empty(scanner.Scan(example).Findings);
        Assert.Single(scanner.Scan(AcmeKey()).Findings);
    }

    [Fact]
    public void A_line_target_regex_sees_the_whole_line()
    {
        var scanner = ConfigurationReader.Read("[allowlist]\nregexTarget = \"line\"\nregexes = ['''^\\s*#\\s*sample:''']").CreateScanner(BuiltInRules.All);

        Assert.Empty(scanner.Scan($"x\n  # sample: {TestKeys.OpenAi()}\n").Findings);
        Assert.Single(scanner.Scan($"x\n  key: {TestKeys.OpenAi()}\n").Findings);
    }

    [Theory]
    [InlineData("**/testdata/**", "src/testdata/keys.txt", true)]
    [InlineData("**/testdata/**", "src/main/keys.txt", false)]
    [InlineData("docs/*.md", "docs/setup.md", true)]
    [InlineData("docs/*.md", "docs/deep/setup.md", false)]
    [InlineData("docs/*.md", "./docs/setup.md", true)]
    [InlineData("*.env", "config\\prod.env", false)]
    public void Path_globs_match_relative_paths(string glob, string path, bool allowed)
    {
        var configuration = ConfigurationReader.Read($"[allowlist]\npaths = ['{glob}']");

        Assert.Equal(allowed, configuration.IsPathAllowed(BuiltInRules.All[0], path));
    }

    [Fact]
    public void A_rule_allowlist_applies_to_its_rule_only()
    {
        var configuration = ConfigurationReader.Read(AcmeRule + "\n[rules.allowlist]\npaths = ['fixtures/**']\nstopwords = ['zzzz']");
        var acme = configuration.Rules.Single();
        var openAi = BuiltInRules.All.Single(r => r.Id == "openai-api-key");

        Assert.True(configuration.IsPathAllowed(acme, "fixtures/a.txt"));
        Assert.False(configuration.IsPathAllowed(openAi, "fixtures/a.txt"));
    }

    [Fact]
    public void Secrets_made_for_tests_are_allowed_under_test_folders_unless_the_file_asks_for_them()
    {
        var privateKey = BuiltInRules.All.Single(r => r.Id == "private-key");
        var openAi = BuiltInRules.All.Single(r => r.Id == "openai-api-key");
        var reporting = ConfigurationReader.Read("[extend]\nreportTestSecrets = true");

        Assert.True(ScanConfiguration.Default.IsPathAllowed(privateKey, "tests/fixtures/server.key"));
        Assert.False(ScanConfiguration.Default.IsPathAllowed(privateKey, "deploy/server.key"));
        Assert.False(ScanConfiguration.Default.IsPathAllowed(openAi, "tests/fixtures/appsettings.json"));
        Assert.True(ScanConfiguration.Default.IsPathAllowed(BuiltInRules.All.Single(r => r.Id == "connection-string-password"), "src/Shop.IntegrationTests/appsettings.json"));
        Assert.True(ScanConfiguration.Default.IsPathAllowed(BuiltInRules.All.Single(r => r.Id == "jwt"), "auth/token_test.go"));
        Assert.False(ScanConfiguration.Default.IsPathAllowed(BuiltInRules.All.Single(r => r.Id == "github-pat"), "auth/token_test.go"));
        Assert.False(reporting.IsPathAllowed(privateKey, "tests/fixtures/server.key"));
        Assert.False(ScanConfiguration.Default.ReportingTestSecrets().IsPathAllowed(privateKey, "tests/fixtures/server.key"));
    }

    [Theory]
    [InlineData("[[rules]]\nid = \"x\"\nregex = '''(a'''", "rule 'x': invalid regex '(a'")]
    [InlineData("[[rules]]\nid = \"x\"\nregex = '''a(?=b)'''", "rule 'x': look-arounds are not supported")]
    [InlineData("[[rules]]\nid = \"x\"\nregex = '''(a)\\1'''", "rule 'x': back-references are not supported")]
    [InlineData("[[rules]]\nid = \"x\"\nregex = '''a'''\nsecretGroup = 2", "rule 'x': secretGroup 2 is not a group")]
    [InlineData("[[rules]]\nid = \"x\"\nregx = '''a'''", "rule 'x': 'regex' is required")]
    [InlineData("[[rules]]\nid = \"x\"\nregex = '''a'''\nentropy = \"high\"", "rule 'x': 'entropy' must be a number")]
    [InlineData("[[rules]]\nid = \"x\"\nregex = '''a'''\nkeyword = [\"a\"]", "rule 'x': unknown key 'keyword'")]
    [InlineData("[allowlist]\nregexes = ['''[a''']", "[allowlist]: invalid regex '[a'")]
    [InlineData("[extend\nuseDefault = true", "invalid TOML")]
    public void A_bad_file_is_a_one_line_error(string toml, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationReader.Read(toml));

        Assert.StartsWith(expected, error.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
