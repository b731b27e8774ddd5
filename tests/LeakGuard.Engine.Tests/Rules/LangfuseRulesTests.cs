using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class LangfuseRulesTests
{
    private static readonly string LangfuseSecretKeyKey = FakeKey.Of("s", "k-", "lf-", FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("langfuse-secret-key", LangfuseSecretKeyKey, "API_KEY")
        .Ignores("langfuse-secret-key", "one character short", $"value: {LangfuseSecretKeyKey[..^1]}")
        .Ignores("langfuse-secret-key", "embedded in a longer token", "value: Q" + LangfuseSecretKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
