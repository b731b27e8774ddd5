using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class MixpanelRulesTests
{
    private static readonly string MixpanelApiSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mixpanel-api-secret", MixpanelApiSecretKey, "MIXPANEL_API_SECRET")
        .Ignores("mixpanel-api-secret", "no mixpanel context", $"\"checksum\": \"{MixpanelApiSecretKey}\"")
        .Ignores("mixpanel-api-secret", "one character short", $"mixpanel: {MixpanelApiSecretKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
