using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class Ai21RulesTests
{
    private static readonly string Ai21ApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ai21-api-key", Ai21ApiKeyKey, "AI21_API_KEY")
        .Ignores("ai21-api-key", "no ai21_ context", $"\"checksum\": \"{Ai21ApiKeyKey}\"")
        .Ignores("ai21-api-key", "one character short", $"ai21_: {Ai21ApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
