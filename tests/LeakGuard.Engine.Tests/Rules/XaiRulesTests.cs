using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class XaiRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("xai-api-key", TestKeys.Xai(), "XAI_API_KEY")
        .Ignores("xai-api-key", "one character short", TestKeys.Xai()[..^1])
        .Ignores("xai-api-key", "placeholder", "xai" + "-" + new string('x', 80));

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
