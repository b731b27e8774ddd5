using System.Threading.Tasks;
using LeakGuard.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>LG0003 is what low-confidence rules report; <see cref="TestRules.Generic"/> stands in for the catalog's generic rule.</summary>
public class LG0003PossibleSecretTests
{
    private static readonly string Password = FakeKey.Random(FakeKey.Base62, 24, seed: 42);

    [Fact]
    public async Task Reports_a_low_confidence_match_in_csharp_as_a_suggestion()
    {
        var test = AnalyzerTest.ForMembers("string Settings = \"mode=fast;token={|#0:@@|}\";", Password, TestRules.Scanner);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.PossibleSecret, DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }

    [Fact]
    public async Task Reports_a_low_confidence_match_in_a_configuration_file_as_a_suggestion()
    {
        var test = new AnalyzerTest("class C { }", TestRules.Scanner);
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $"{{ \"Service\": {{ \"ApiKey\": \"{{|#0:{Password}|}}\" }} }}"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.PossibleSecret, DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_known_provider_key_wins_over_the_generic_match_on_the_same_text()
    {
        await AnalyzerTest.ForMembers("string Token = \"token={|LG0001:@@|}\";", TestKeys.OpenAi(), TestRules.Scanner).RunAsync();
    }

    [Theory]
    [InlineData("<DB_PASSWORD>")]
    [InlineData("your-token-here-0123")]
    [InlineData("xxxxxxxxxxxxxxxxxxxx")]
    [InlineData("${SECRET_FROM_PIPELINE}")]
    public async Task Placeholders_are_not_reported(string placeholder)
    {
        var test = AnalyzerTest.ForMembers($"string Db = \"password={placeholder}\";", Password, TestRules.Scanner);
        test.TestState.AdditionalFiles.Add(("/0/.env", $"API_KEY={placeholder}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task The_documentation_example_aws_key_is_not_reported()
    {
        var example = "AK" + "IA" + "IOSFODNN7" + "EXAMPLE";

        await AnalyzerTest.ForMembers($"string Aws = \"aws_access_key={example}\";", Password, TestRules.Scanner).RunAsync();
    }
}
