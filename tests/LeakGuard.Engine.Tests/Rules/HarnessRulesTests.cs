using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class HarnessRulesTests
{
    private static readonly string HarnessApiTokenKey = FakeKey.Of("pa", "t.", FakeKey.Random(FakeKey.UrlSafe, 22, 1), ".", FakeKey.Random(FakeKey.Hex, 24, 2), ".", FakeKey.Random(FakeKey.Base62, 20, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("harness-api-token", HarnessApiTokenKey, "API_KEY")
        .Ignores("harness-api-token", "one character short", $"value: {HarnessApiTokenKey[..^1]}")
        .Ignores("harness-api-token", "embedded in a longer token", "value: Q" + HarnessApiTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
