using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class PerplexityRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("perplexity-api-key", TestKeys.Perplexity(), "PERPLEXITY_API_KEY")
        .Ignores("perplexity-api-key", "one character short", TestKeys.Perplexity()[..^1])
        .Ignores("perplexity-api-key", "placeholder", "pplx" + "-" + new string('x', 48));

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
