using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class PrefectRulesTests
{
    private static readonly string PrefectApiKeyKey = FakeKey.Of("pn", "u_", FakeKey.Random(FakeKey.Base62, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("prefect-api-key", PrefectApiKeyKey, "API_KEY")
        .Ignores("prefect-api-key", "one character short", $"value: {PrefectApiKeyKey[..^1]}")
        .Ignores("prefect-api-key", "embedded in a longer token", "value: Q" + PrefectApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
