using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class TogetherRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("together-api-key", TestKeys.Together(), "TOGETHER_API_KEY")
        .FindsIn("together-legacy-api-key", ".env line", $"TOGETHER_API_KEY={FakeKey.Random(FakeKey.Hex, 64)}", FakeKey.Random(FakeKey.Hex, 64))
        .Ignores("together-api-key", "one character short", TestKeys.Together()[..^1])
        .Ignores("together-legacy-api-key", "a SHA-256 without Together context", $"\"sha256\": \"{FakeKey.Random(FakeKey.Hex, 64)}\"");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
