using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class OpenRouterRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("openrouter-api-key", TestKeys.OpenRouter(), "OPENROUTER_API_KEY")
        .Ignores("openrouter-api-key", "63 hex digits", TestKeys.OpenRouter()[..^1])
        .Ignores("openrouter-api-key", "not hex", FakeKey.Of("sk-", "or-v1-", FakeKey.Random(FakeKey.Base62, 64)));

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
