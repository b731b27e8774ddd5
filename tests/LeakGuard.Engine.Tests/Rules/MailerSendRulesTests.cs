using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class MailerSendRulesTests
{
    private static readonly string MailersendApiTokenKey = FakeKey.Of("ml", "sn.", FakeKey.Random(FakeKey.Hex, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mailersend-api-token", MailersendApiTokenKey, "API_KEY")
        .Ignores("mailersend-api-token", "one character short", $"value: {MailersendApiTokenKey[..^1]}")
        .Ignores("mailersend-api-token", "embedded in a longer token", "value: Q" + MailersendApiTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
