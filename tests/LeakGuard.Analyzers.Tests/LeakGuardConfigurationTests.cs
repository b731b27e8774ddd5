using System;
using System.Threading.Tasks;
using LeakGuard.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>A leakguard.toml among the additional files changes what both analyzers report, as it does for the CLI.</summary>
public class LeakGuardConfigurationTests
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

    private static AnalyzerTest With(string toml, string members, string key)
    {
        var test = AnalyzerTest.ForMembers(members, key);
        test.TestState.AdditionalFiles.Add(("/0/leakguard.toml", toml));
        return test;
    }

    [Fact]
    public async Task A_catastrophically_backtracking_custom_rule_ends_without_a_finding_or_an_exception()
    {
        const string Pathological = """
            [[rules]]
            id = "nested-quantifiers"
            regex = '''(a+)+b'''
            keywords = ["aaaa"]
            """;

        // A hundred thousand a's and no b: exponential for a backtracking engine; the non-backtracking engine, or the
        // regex timeout where the host has none (netstandard2.0), keeps it bounded.
        var test = With(Pathological, "string s = \"@@\";", new string('a', 100_000));

        await test.RunAsync().WaitAsync(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task A_custom_rule_is_reported_in_code_and_in_configuration_files()
    {
        var test = With(AcmeRule, "string key = \"{|LG0001:@@|}\";", AcmeKey());
        test.TestState.AdditionalFiles.Add(("/0/.env", $"ACME={{|LG0002:{AcmeKey()}|}}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_low_confidence_custom_rule_is_a_possible_secret()
    {
        var test = With(AcmeRule + "\nconfidence = \"low\"\n", "string key = \"{|#0:@@|}\";", AcmeKey());
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.PossibleSecret, DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_disabled_rule_is_silent_in_code_and_configuration_files()
    {
        var test = With("[extend]\ndisabledRules = [\"openai-api-key\", \"generic-secret\"]\n", "string key = \"@@\";", TestKeys.OpenAi());
        test.TestState.AdditionalFiles.Add(("/0/.env", $"OPENAI_API_KEY={TestKeys.OpenAi()}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_path_glob_is_relative_to_the_configuration_file()
    {
        var test = With(AcmeRule + "\n[allowlist]\npaths = ['Test*.cs', 'config/**']\n", "string key = \"@@\";", AcmeKey());
        test.TestState.AdditionalFiles.Add(("/0/config/.env", $"ACME={AcmeKey()}\n"));
        test.TestState.AdditionalFiles.Add(("/0/.env", $"ACME={{|LG0002:{AcmeKey()}|}}\n"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("regexes = ['''^acme_test''']", "test")]
    [InlineData("stopwords = ['example']", "xxexample")]
    public async Task Regex_and_stopword_allowlists_silence_matching_keys(string allowlist, string infix)
    {
        var members = "string allowed = \"@@\"; string reported = \"{|LG0001:" + AcmeKey() + "|}\";";

        await With(AcmeRule + "\n[allowlist]\n" + allowlist + "\n", members, AcmeKey(infix)).RunAsync();
    }

    [Fact]
    public async Task An_invalid_file_is_LG0004_and_the_built_in_rules_still_run()
    {
        var test = With("[[rules]]\nid = \"broken\"\nregex = '''(acme'''\n", "string key = \"{|LG0001:@@|}\";", TestKeys.OpenAi());
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.InvalidConfiguration)
            .WithSpan("/0/leakguard.toml", 1, 1, 1, 1)
            .WithArguments("leakguard.toml", "rule 'broken': invalid regex '(acme': Invalid pattern '(acme' at offset 5. Not enough )'s."));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_base64_encoded_key_in_a_configuration_file_is_reported_at_the_encoded_value()
    {
        var encoded = FakeKey.Base64Of(TestKeys.OpenAi());
        var test = new AnalyzerTest("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $"{{ \"OpenAI\": \"{{|LG0002:{encoded}|}}\" }}"));

        await test.RunAsync();
    }
}
