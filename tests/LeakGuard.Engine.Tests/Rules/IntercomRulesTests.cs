using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class IntercomRulesTests
{
    private static readonly string IntercomAccessTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 59, 1), "=");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("intercom-access-token", IntercomAccessTokenKey, "INTERCOM_ACCESS_TOKEN")
        .Ignores("intercom-access-token", "no intercom context", $"\"checksum\": \"{IntercomAccessTokenKey}\"")
        .Ignores("intercom-access-token", "one character short", $"intercom: {IntercomAccessTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
