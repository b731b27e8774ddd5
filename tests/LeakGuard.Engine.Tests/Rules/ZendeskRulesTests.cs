using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ZendeskRulesTests
{
    private static readonly string ZendeskApiTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("zendesk-api-token", ZendeskApiTokenKey, "ZENDESK_API_TOKEN")
        .Ignores("zendesk-api-token", "no zendesk context", $"\"checksum\": \"{ZendeskApiTokenKey}\"")
        .Ignores("zendesk-api-token", "one character short", $"zendesk: {ZendeskApiTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
