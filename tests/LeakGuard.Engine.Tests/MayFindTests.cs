using System;
using System.Linq;
using System.Text;
using CsCheck;
using LeakGuard.Engine.Decoding;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// <see cref="SecretScanner.MayFind"/>, the pass the command line runs on text still in a buffer, rules out only texts
/// the whole scan finds nothing in, and rules out the ordinary ones (where the work it saves lies).
/// </summary>
public class MayFindTests
{
    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static readonly string[] KeyTexts =
    [
        $"var client = new OpenAIClient(\"{TestKeys.OpenAi()}\");",
        $"GITHUB_TOKEN={TestKeys.GitHubClassic()}\n",
        $"{{ \"Stripe\": {{ \"ApiKey\": \"{TestKeys.Stripe()}\" }} }}",
        $"aws_access_key_id = {TestKeys.AwsAccessKeyId()}",
        TestKeys.PrivateKey(),
        $"data:\n  OPENAI_API_KEY: {Base64(TestKeys.OpenAiProject())}\n",
        $"https://example.com/hook?token={TestKeys.SlackBot().Replace("-", "%2D", StringComparison.Ordinal)}",
    ];

    public static TheoryData<string> TextsWithKeys => new(KeyTexts);

    [Theory]
    [MemberData(nameof(TextsWithKeys))]
    public void Keeps_a_text_the_scan_finds_a_key_in(string text)
    {
        Assert.NotEmpty(SecretScanner.Default.Scan(text).Findings);
        Assert.True(SecretScanner.Default.MayFind(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("public sealed class OrderService\n{\n    private readonly ILogger logger;\n}\n")]
    [InlineData("Set the password in the settings dialog, then restart the service.")]
    [InlineData("# Configuration\n\nThe token is read from the environment; never commit it.\n")]
    [InlineData("var configurationManagerFactory = CreateConfigurationManagerFactory(options);")]
    public void Rules_out_ordinary_text(string text) =>
        Assert.False(SecretScanner.Default.MayFind(text));

    [Fact]
    public void Rules_out_base64_that_decodes_to_binary() =>
        Assert.False(SecretScanner.Default.MayFind("checksum: " + Convert.ToBase64String(Enumerable.Range(0, 48).Select(i => (byte)(200 + i)).ToArray())));

    [Fact]
    public void Keeps_base64_that_decodes_to_text_and_percent_escapes()
    {
        Assert.True(SecretScanner.Default.MayFind("value: " + Base64("just some words, nothing secret")));
        Assert.True(SecretScanner.Default.MayFind("https://example.com/?q=a%2Fb"));
    }

    [Fact]
    public void Keeps_any_text_a_rule_without_keywords_matches()
    {
        var rule = new SecretRule("always", "Always", "Matches a word", "WORD[0-9]{4}", [], new Remediation("https://example.test", "Test:Key", "TEST_KEY"));
        var scanner = new SecretScanner([rule]);

        Assert.True(scanner.MayFind("a WORD1234 here"));
        Assert.False(scanner.MayFind("a word here"));
    }

    [Fact]
    public void Never_rules_out_a_text_with_findings() =>
        Gen.OneOf(
                Gen.String[Gen.Char, 0, 400],
                Gen.Select(Gen.OneOfConst(KeyTexts), Gen.String[Gen.Char["abc =:\"%+/\n0123"], 0, 40], Gen.Int[0, 60])
                    .Select((text, noise, at) => text.Insert(Math.Min(at, text.Length), noise)))
            .Sample(text => SecretScanner.Default.Scan(text).Findings.Count == 0 || SecretScanner.Default.MayFind(text), iter: 2_000);

    [Fact]
    public void The_encoded_run_searches_answer_as_their_full_searches_do() =>
        Gen.String[Gen.Char["abcXYZ019+/-_=% .\n2F7e"], 0, 300].Sample(
            text => Base64Runs.Any(text, new DecodeBudget(SecretScanner.MaxDecodedCharacters)) == Base64Runs.Find(text, new DecodeBudget(SecretScanner.MaxDecodedCharacters)).Any()
                && PercentRuns.Any(text) == PercentRuns.Find(text, new DecodeBudget(SecretScanner.MaxDecodedCharacters)).Any(),
            iter: 20_000);
}
