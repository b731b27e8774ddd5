using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class OktaRulesTests
{
    private static readonly string OktaApiTokenKey = FakeKey.Of("0", "0", FakeKey.Random(FakeKey.UrlSafe, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("okta-api-token", OktaApiTokenKey, "OKTA_API_TOKEN")
        .Ignores("okta-api-token", "no okta context", $"\"checksum\": \"{OktaApiTokenKey}\"")
        .Ignores("okta-api-token", "one character short", $"okta: {OktaApiTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
