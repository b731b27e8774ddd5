using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class MailgunRulesTests
{
    private static readonly string MailgunApiKeyKey = FakeKey.Of("ke", "y-", FakeKey.Random(FakeKey.Hex, 32, 1));

    private static readonly string MailgunSendingKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 11), "-", FakeKey.Random(FakeKey.Hex, 8, 12), "-", FakeKey.Random(FakeKey.Hex, 8, 13));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mailgun-api-key", MailgunApiKeyKey, "API_KEY")
        .Ignores("mailgun-api-key", "one character short", $"value: {MailgunApiKeyKey[..^1]}")
        .Ignores("mailgun-api-key", "embedded in a longer token", "value: Q" + MailgunApiKeyKey)
        .Finds("mailgun-sending-key", MailgunSendingKeyKey, "MAILGUN_API_KEY")
        .Ignores("mailgun-sending-key", "no mailgun context", $"\"checksum\": \"{MailgunSendingKeyKey}\"")
        .Ignores("mailgun-sending-key", "one character short", $"mailgun: {MailgunSendingKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
