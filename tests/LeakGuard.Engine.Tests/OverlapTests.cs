using System.Collections.Generic;
using System.Linq;
using CsCheck;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

public class OverlapTests
{
    [Fact]
    public void An_Anthropic_key_is_not_also_reported_as_OpenAI_or_DeepSeek()
    {
        var key = TestKeys.Anthropic();

        var finding = Assert.Single(SecretScanner.Default.Scan($"# deepseek fallback\nOPENAI_API_KEY=\"{key}\"").Findings);

        Assert.Equal("anthropic-api-key", finding.Rule.Id);
        Assert.Equal(key, finding.Secret);
    }

    [Fact]
    public void An_OpenRouter_key_next_to_DeepSeek_is_reported_once_as_OpenRouter()
    {
        var finding = Assert.Single(SecretScanner.Default.Scan($"model: deepseek/deepseek-chat\nkey: {TestKeys.OpenRouter()}").Findings);

        Assert.Equal("openrouter-api-key", finding.Rule.Id);
    }

    [Fact]
    public void A_provider_format_wins_over_the_generic_rule_for_the_same_value()
    {
        var token = TestKeys.GitHubClassic();

        var finding = Assert.Single(SecretScanner.Default.Scan($"api_key = \"{token}\"").Findings);

        Assert.Equal("github-pat", finding.Rule.Id);
    }

    [Fact]
    public void A_storage_connection_string_is_reported_once_as_a_connection_string()
    {
        var key = TestKeys.AzureStorageKey();

        var finding = Assert.Single(SecretScanner.Default.Scan($"DefaultEndpointsProtocol=https;AccountName=data1;AccountKey={key};EndpointSuffix=core.windows.net").Findings);

        Assert.Equal("azure-storage-connection-string", finding.Rule.Id);
        Assert.Equal(key, finding.Secret);
    }

    [Fact]
    public void A_connection_string_password_wins_over_the_generic_rule()
    {
        var password = FakeKey.Random(FakeKey.Base62, 20, 5) + "42";

        var finding = Assert.Single(SecretScanner.Default.Scan($"Server=db;Database=app;User Id=u;Password={password};").Findings);

        Assert.Equal("connection-string-password", finding.Rule.Id);
        Assert.Equal(password, finding.Secret);
    }

    [Fact]
    public void Two_keys_separated_by_one_character_are_both_found()
    {
        var first = TestKeys.OpenAi(1);
        var second = TestKeys.OpenAi(2);

        Assert.Equal(2, SecretScanner.Default.Scan($"{first} {second}").Findings.Count);
        Assert.Equal(2, SecretScanner.Default.Scan($"{first},{second}").Findings.Count);
        Assert.Equal(2, SecretScanner.Default.Scan($"[\"{TestKeys.GitHub("p", 1)}\",\"{TestKeys.GitHub("p", 2)}\"]").Findings.Count);
    }

    [Fact]
    public void Findings_are_in_text_order()
    {
        var text = $"{TestKeys.Stripe()}\n{TestKeys.AwsAccessKeyId()}\n{TestKeys.Anthropic()}";

        var findings = SecretScanner.Default.Scan(text).Findings;

        Assert.Collection(
            findings,
            f => Assert.Equal("stripe-secret-key", f.Rule.Id),
            f => Assert.Equal("aws-access-key-id", f.Rule.Id),
            f => Assert.Equal("anthropic-api-key", f.Rule.Id));
    }

    /// <summary>
    /// Overlaps are settled cluster by cluster: the findings kept are those of ranking every finding at once (the more
    /// confident, then the longer, then the earlier rule; each kept unless a better one overlaps it), in order of position.
    /// </summary>
    [Fact]
    public void Settling_overlaps_cluster_by_cluster_keeps_what_ranking_them_all_keeps()
    {
        var rules = new[] { Confidence.Low, Confidence.Medium, Confidence.High }
            .Select(c => new SecretRule($"rule-{c}", "Test", "test", "x", [], BuiltInRules.All[0].Remediation) { Confidence = c })
            .ToArray();
        var finding = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 200], Gen.Int[1, 30], (rule, start, length) => new SecretFinding(rules[rule], start, length, "s", false, null));
        finding.List[1, 60].Sample(
            findings =>
            {
                var expected = RankAll(findings);

                var kept = SecretScanner.RemoveOverlaps(findings);

                Assert.Equal(expected, kept);
            },
            iter: 20_000);
    }

    /// <summary>A text holding thousands of keys keeps every one of them, in order (it once took time in their square).</summary>
    [Fact]
    public void A_dump_of_thousands_of_keys_keeps_each_one()
    {
        var keys = Enumerable.Range(0, 5_000).Select(TestKeys.OpenAi).ToArray();

        var findings = SecretScanner.Default.Scan(string.Join("\n", keys.Select((k, i) => $"token{i} = {k}"))).Findings;

        Assert.Equal(keys, findings.Select(f => f.Secret));
    }

    private static List<SecretFinding> RankAll(List<SecretFinding> findings)
    {
        var kept = new List<SecretFinding>();
        foreach (var (candidate, _) in findings.Select((f, order) => (Finding: f, Order: order))
            .OrderByDescending(x => x.Finding.Rule.Confidence).ThenByDescending(x => x.Finding.Length).ThenBy(x => x.Order))
        {
            if (!kept.Any(k => k.Start < candidate.End && candidate.Start < k.End))
            {
                kept.Add(candidate);
            }
        }

        return kept.OrderBy(f => f.Start).ToList();
    }
}
