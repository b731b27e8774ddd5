using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class DeepSeekRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("deepseek-api-key", TestKeys.DeepSeek(), "DEEPSEEK_API_KEY")
        .FindsIn("deepseek-api-key", "name passed as context", TestKeys.DeepSeek(2), TestKeys.DeepSeek(2), "deepSeekKey")
        .Ignores("deepseek-api-key", "no DeepSeek context", $"\"id\": \"{TestKeys.DeepSeek()}\"")
        .Ignores("deepseek-api-key", "upper-case hex", $"deepseek: {TestKeys.DeepSeek().ToUpperInvariant()}")
        .Ignores("deepseek-api-key", "31 hex digits", $"deepseek: {TestKeys.DeepSeek()[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
