using System;
using System.Linq;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class KubernetesRulesTests
{
    [Fact]
    public void A_provider_key_in_a_secret_is_reported_as_that_key()
    {
        var key = TestKeys.OpenAi(43);
        var encoded = KubernetesRulesSamples.Encoded(key);
        var text = $"kind: Secret\ndata:\n  OPENAI_API_KEY: {encoded}\n";

        var finding = Assert.Single(SecretScanner.Default.Scan(text).Findings);

        Assert.Equal("openai-api-key", finding.Rule.Id);
        Assert.Equal(key, finding.Secret);
        Assert.Equal(text.IndexOf(encoded, StringComparison.Ordinal), finding.Start);
        Assert.Equal(encoded.Length, finding.Length);
        SpanScanTests.AssertSameResult(SecretScanner.Default, text);
    }

    [Fact]
    public void Every_value_of_a_large_secret_is_found()
    {
        var values = Enumerable.Range(0, 2_000).Select(i => KubernetesRulesSamples.Encoded(FakeKey.Random(FakeKey.Base62, 24, 1_000 + i))).ToList();
        var text = "kind: Secret\ndata:\n" + string.Concat(values.Select((v, i) => $"  key-{i}: {v}\n"));

        var findings = SecretScanner.Default.Scan(text).Findings;

        Assert.Equal(values, findings.Select(f => f.Secret));
    }
}
