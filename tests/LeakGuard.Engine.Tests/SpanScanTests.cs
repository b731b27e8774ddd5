using System;
using System.Linq;
using CsCheck;
using LeakGuard.Engine.Decoding;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// <see cref="SecretScanner.Scan(ReadOnlySpan{char})"/>, the scan the command line runs on text still in a buffer,
/// finds exactly what the scan of a string finds, and leaves ordinary text without making a string of it.
/// </summary>
public class SpanScanTests
{
    private static readonly string[] KeyTexts =
    [
        $"var client = new OpenAIClient(\"{TestKeys.OpenAi()}\");",
        $"GITHUB_TOKEN={TestKeys.GitHubClassic()}\n",
        $"{{ \"Stripe\": {{ \"ApiKey\": \"{TestKeys.Stripe()}\" }} }}",
        $"aws_access_key_id = {TestKeys.AwsAccessKeyId()}",
        TestKeys.PrivateKey(),
        $"data:\n  OPENAI_API_KEY: {FakeKey.Base64Of(TestKeys.OpenAiProject())}\n",
        $"https://example.com/hook?token={TestKeys.SlackBot().Replace("-", "%2D", StringComparison.Ordinal)}",
    ];

    public static TheoryData<string> TextsWithKeys => new(KeyTexts);

    [Theory]
    [MemberData(nameof(TextsWithKeys))]
    public void Finds_what_the_scan_of_a_string_finds(string text)
    {
        Assert.NotEmpty(SecretScanner.Default.Scan(text).Findings);
        AssertSameResult(Unhurried, text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("public sealed class OrderService\n{\n    private readonly ILogger logger;\n}\n")]
    [InlineData("Set the password in the settings dialog, then restart the service.")]
    [InlineData("# Configuration\n\nThe token is read from the environment; never commit it.\n")]
    [InlineData("checksum: 7o8d+/yHw4/Y0ayrjB1f9tQ== and some prose around it")]
    public void Finds_nothing_in_ordinary_text(string text)
    {
        Assert.Empty(SecretScanner.Default.Scan(text.AsSpan()).Findings);
        AssertSameResult(Unhurried, text);
    }

    [Fact]
    public void Makes_no_string_of_ordinary_text()
    {
        var text = string.Concat(Enumerable.Repeat("public string Name { get; set; } // the token and password go elsewhere\n", 1_500));
        SecretScanner.Default.Scan(text.AsSpan());

        var before = GC.GetAllocatedBytesForCurrentThread();
        SecretScanner.Default.Scan(text.AsSpan());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A string of the text would take two bytes a character.
        Assert.InRange(allocated, 0, text.Length / 2);
    }

    [Fact]
    public void Runs_a_rule_without_keywords_on_every_text()
    {
        var rule = new SecretRule("always", "Always", "Matches a word", "WORD[0-9]{4}", [], new Remediation("https://example.test", "Test:Key", "TEST_KEY"));
        var scanner = new SecretScanner([rule]);

        Assert.Equal("WORD1234", Assert.Single(scanner.Scan("a WORD1234 here".AsSpan()).Findings).Secret);
        Assert.Empty(scanner.Scan("a word here".AsSpan()).Findings);
    }

    [Fact]
    public void Finds_what_the_scan_of_a_string_finds_in_any_text() =>
        Gen.OneOf(
                Gen.String[Gen.Char, 0, 400],
                Gen.Select(Gen.OneOfConst(KeyTexts), Gen.String[Gen.Char["abc =:\"%+/\n0123"], 0, 40], Gen.Int[0, 60])
                    .Select((text, noise, at) => text.Insert(Math.Min(at, text.Length), noise)))
            .Sample(text => AssertSameResult(Unhurried, text), iter: 2_000);

    [Fact]
    public void The_encoded_run_searches_answer_as_their_full_searches_do() =>
        Gen.String[Gen.Char["abcXYZ019+/-_=% .\n2F7e"], 0, 300].Sample(
            text => Base64Runs.Any(text, new DecodeBudget(SecretScanner.MaxDecodedCharacters)) == Base64Runs.Find(text, new DecodeBudget(SecretScanner.MaxDecodedCharacters)).Any()
                && PercentRuns.Any(text) == PercentRuns.Find(text, new DecodeBudget(SecretScanner.MaxDecodedCharacters)).Any(),
            iter: 20_000);

    /// <summary>
    /// The built-in rules with time enough for any pattern while the other test assemblies keep the machine busy: two
    /// scans compared with each other must not differ because one of them ran out of wall-clock time.
    /// </summary>
    internal static readonly SecretScanner Unhurried = new(SecretScanner.Default.Rules, TimeSpan.FromSeconds(30));

    /// <summary>The scan of <paramref name="text"/> as a span and as a string: the same findings, field for field, and the same warnings.</summary>
    internal static void AssertSameResult(SecretScanner scanner, string text)
    {
        var fromString = scanner.Scan(text);
        var fromSpan = scanner.Scan(text.AsSpan());
        Assert.Equal(Describe(fromString), Describe(fromSpan));
        Assert.Equal(fromString.Warnings, fromSpan.Warnings);
    }

    private static string[] Describe(ScanResult result) =>
        result.Findings.Select(f => $"{f.Rule.Id} {f.Start} {f.Length} {f.Secret} {f.IsVerified} {f.DecodedFrom}").ToArray();
}
