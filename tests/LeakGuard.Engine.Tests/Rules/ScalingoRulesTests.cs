using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ScalingoRulesTests
{
    private static readonly string ScalingoApiTokenKey = FakeKey.Of("tk-", "us-", FakeKey.Random(FakeKey.UrlSafe, 48, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("scalingo-api-token", ScalingoApiTokenKey, "API_KEY")
        .Ignores("scalingo-api-token", "one character short", $"value: {ScalingoApiTokenKey[..^1]}")
        .Ignores("scalingo-api-token", "embedded in a longer token", "value: Q" + ScalingoApiTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
