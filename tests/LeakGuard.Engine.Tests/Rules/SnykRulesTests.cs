using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class SnykRulesTests
{
    private static readonly string SnykTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("snyk-token", SnykTokenKey, "SNYK_TOKEN")
        .Ignores("snyk-token", "no snyk context", $"\"checksum\": \"{SnykTokenKey}\"")
        .Ignores("snyk-token", "one character short", $"snyk: {SnykTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
