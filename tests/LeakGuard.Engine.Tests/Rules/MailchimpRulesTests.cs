using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class MailchimpRulesTests
{
    private static readonly string MailchimpApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1), "-us", "14");

    private static readonly string MandrillApiKeyKey = FakeKey.Of("m", "d-", FakeKey.Random(FakeKey.UrlSafe, 22, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mailchimp-api-key", MailchimpApiKeyKey, "API_KEY")
        .Ignores("mailchimp-api-key", "embedded in a longer token", "value: Q" + MailchimpApiKeyKey)
        .Ignores("mailchimp-api-key", "no data-centre number", $"value: {MailchimpApiKeyKey[..^2]}")
        .Finds("mandrill-api-key", MandrillApiKeyKey, "MANDRILL_API_KEY")
        .Ignores("mandrill-api-key", "no mandrill context", $"\"checksum\": \"{MandrillApiKeyKey}\"")
        .Ignores("mandrill-api-key", "one character short", $"mandrill: {MandrillApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
