using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class CoralogixRulesTests
{
    private static readonly string CoralogixApiKeyKey = FakeKey.Of("cx", "tp_", FakeKey.Random(FakeKey.Base62, 30, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("coralogix-api-key", CoralogixApiKeyKey, "API_KEY")
        .Ignores("coralogix-api-key", "one character short", $"value: {CoralogixApiKeyKey[..^1]}")
        .Ignores("coralogix-api-key", "embedded in a longer token", "value: Q" + CoralogixApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
