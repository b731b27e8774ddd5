using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class CratesIoRulesTests
{
    private static readonly string CratesIoTokenKey = FakeKey.Of("c", "io", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("crates-io-token", CratesIoTokenKey, "API_KEY")
        .Ignores("crates-io-token", "one character short", $"value: {CratesIoTokenKey[..^1]}")
        .Ignores("crates-io-token", "embedded in a longer token", "value: Q" + CratesIoTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
