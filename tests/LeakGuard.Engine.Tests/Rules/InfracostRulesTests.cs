using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class InfracostRulesTests
{
    private static readonly string InfracostApiKeyKey = FakeKey.Of("ic", "o-", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("infracost-api-key", InfracostApiKeyKey, "API_KEY")
        .Ignores("infracost-api-key", "one character short", $"value: {InfracostApiKeyKey[..^1]}")
        .Ignores("infracost-api-key", "embedded in a longer token", "value: Q" + InfracostApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
