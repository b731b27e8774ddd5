using System.Linq;
using LeakGuard.Engine.Configuration;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Configuration;

public class GitleaksImportTests
{
    private const string GitleaksConfig = """
        title = "acme gitleaks config"

        [extend]
        useDefault = true
        path = "base.toml"

        [[rules]]
        id = "acme-api-key"
        description = "ACME API key"
        regex = '''(?i)acme[_-]?key\s*=\s*(?P<value>[a-z0-9]{32})'''
        secretGroup = 1
        entropy = 3.0
        keywords = ["acme"]
        tags = ["acme", "api"]
        [[rules.allowlists]]
        regexTarget = "line"
        regexes = ['''(?i)fixture''']

        [[rules]]
        id = "pem-file"
        path = '''\.pem$'''

        [[rules]]
        id = "posix"
        regex = '''pk_[[:alnum:]]{24}'''
        keywords = ["pk_"]

        [allowlist]
        paths = ['''vendor/**''']
        stopwords = ["dummy"]
        commits = ["abc123"]

        [[allowlists]]
        condition = "AND"
        regexes = ['''^0000''']
        """;

    private static readonly string Body = FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 32);

    [Fact]
    public void Rules_are_mapped_with_their_group_entropy_and_keywords()
    {
        var configuration = ConfigurationReader.Read(GitleaksConfig);
        var scanner = configuration.CreateScanner(BuiltInRules.All);
        var text = $"ACME_KEY = {Body}";

        var finding = Assert.Single(scanner.Scan(text).Findings);

        Assert.Equal("acme-api-key", finding.Rule.Id);
        Assert.Equal(Body, finding.Secret);
        Assert.Equal(text.IndexOf(Body, System.StringComparison.Ordinal), finding.Start);
        Assert.Equal(3.0, finding.Rule.MinEntropy);
        Assert.True(configuration.UseDefault);
    }

    [Fact]
    public void Posix_classes_are_translated()
    {
        var scanner = ConfigurationReader.Read(GitleaksConfig).CreateScanner(System.Array.Empty<SecretRule>());
        var key = FakeKey.Of("pk", "_", FakeKey.Random(FakeKey.Base62, 24));

        Assert.Equal("posix", Assert.Single(scanner.Scan($"k: {key};").Findings).Rule.Id);
    }

    [Fact]
    public void Rule_and_global_allowlists_apply()
    {
        var configuration = ConfigurationReader.Read(GitleaksConfig);
        var scanner = configuration.CreateScanner(BuiltInRules.All);
        var dummy = FakeKey.Of("dummy", FakeKey.Random("abcdefghij0123456789", 27));

        Assert.Empty(scanner.Scan($"ACME_KEY = {Body} # fixture").Findings);
        Assert.Empty(scanner.Scan($"ACME_KEY = {dummy}").Findings);
        Assert.Empty(scanner.Scan($"ACME_KEY = {FakeKey.Of("0000", Body.Substring(4))}").Findings);
        Assert.True(configuration.IsPathAllowed(configuration.Rules[0], "vendor/lib/a.go"));
    }

    [Fact]
    public void Without_extend_a_gitleaks_file_replaces_the_defaults()
    {
        var configuration = ConfigurationReader.Read("title = \"only mine\"\n[[rules]]\nid = \"a\"\nregex = '''a{20}'''");

        Assert.False(configuration.UseDefault);
        Assert.Equal(["a"], configuration.CreateScanner(BuiltInRules.All).Rules.Select(r => r.Id));
    }

    [Fact]
    public void What_is_ignored_is_reported_one_line_each()
    {
        var warnings = ConfigurationReader.Read(GitleaksConfig).Warnings;

        Assert.Contains(warnings, w => w.StartsWith("configuration: ignored 'title'", System.StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("[extend]: ignored 'path'", System.StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("[extend] useDefault: extends LeakGuard's built-in rules", System.StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("rule 'acme-api-key': ignored 'tags'", System.StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("rule 'pem-file': skipped; path-only rules", System.StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("[allowlist] #1: ignored 'commits'", System.StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("[allowlist] #2: condition = \"AND\" is treated as OR", System.StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.DoesNotContain('\n', w));
    }

    [Fact]
    public void Disabled_gitleaks_rule_ids_are_reported()
    {
        var configuration = ConfigurationReader.Read("[extend]\nuseDefault = true\ndisabledRules = [\"generic-api-key\", \"openai-api-key\"]");

        Assert.Equal(
            "disabledRules: 'generic-api-key' is not a LeakGuard rule id (see `leakguard rules`); nothing disabled for it",
            Assert.Single(configuration.UnknownDisabledRules(BuiltInRules.All)));
    }
}
