using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class StytchRulesTests
{
    private static readonly string StytchSecretKey = FakeKey.Of("sec", "ret-", "live-", FakeKey.Random(FakeKey.UrlSafe, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("stytch-secret", StytchSecretKey, "API_KEY")
        .Ignores("stytch-secret", "one character short", $"value: {StytchSecretKey[..^1]}")
        .Ignores("stytch-secret", "embedded in a longer token", "value: Q" + StytchSecretKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
