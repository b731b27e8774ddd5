using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Engine;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>What a diagnostic carries: the redacted key in the message, and the properties the code fixes read.</summary>
public class DiagnosticContentTests
{
    private static readonly string Key = TestKeys.OpenAi();
    private static readonly string[] FoundIds = { "LG0001", "LG0001", "LG0003" };

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task The_message_names_the_provider_and_shows_only_the_redacted_key(string culture)
    {
        var diagnostics = await DirectRun.AnalyzeAsync($"class C {{ string Key = \"{Key}\"; /* {Key} */ }}");

        Assert.Equal(2, diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            var message = diagnostic.GetMessage(CultureInfo.GetCultureInfo(culture));
            Assert.Contains("OpenAI", message, StringComparison.Ordinal);
            Assert.Contains(Redactor.Redact(Key), message, StringComparison.Ordinal);
            Assert.DoesNotContain(Key, message, StringComparison.Ordinal);
            Assert.DoesNotContain(Key[10..30], message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_japanese_message_is_translated()
    {
        var diagnostic = Assert.Single(await DirectRun.AnalyzeAsync($"class C {{ string Key = \"{Key}\"; }}"));

        Assert.NotEqual(
            diagnostic.GetMessage(CultureInfo.GetCultureInfo("en")),
            diagnostic.GetMessage(CultureInfo.GetCultureInfo("ja")));
        Assert.Contains("ハードコード", diagnostic.GetMessage(CultureInfo.GetCultureInfo("ja")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_diagnostic_carries_the_properties_the_code_fix_reads()
    {
        var diagnostics = await DirectRun.AnalyzeAsync(
            $"class C {{ string Key = \"{Key}\"; string Db = \"secret={FakeKey.Random(FakeKey.Base62, 24, 3)}\"; // {Key}\n}}",
            TestRules.Scanner);

        Assert.Equal(FoundIds, diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        var openAi = diagnostics.First(d => d.Id == RuleIdentifiers.HardcodedSecret).Properties;
        Assert.Equal("openai-api-key", openAi[SecretProperties.RuleId]);
        Assert.Equal("OpenAI", openAi[SecretProperties.Provider]);
        Assert.Equal("OpenAI:ApiKey", openAi[SecretProperties.ConfigurationKey]);
        Assert.Equal("OPENAI_API_KEY", openAi[SecretProperties.EnvironmentVariable]);
        Assert.Equal("https://platform.openai.com/api-keys", openAi[SecretProperties.RotateUrl]);
        var generic = diagnostics.Single(d => d.Id == RuleIdentifiers.PossibleSecret).Properties;
        Assert.Equal("generic-secret", generic[SecretProperties.RuleId]);
        Assert.All(
            new[] { SecretProperties.Provider, SecretProperties.ConfigurationKey, SecretProperties.EnvironmentVariable, SecretProperties.RotateUrl },
            name => Assert.False(string.IsNullOrEmpty(generic[name])));
    }
}
