using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class GroqRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("groq-api-key", TestKeys.Groq(), "GROQ_API_KEY")
        .Ignores("groq-api-key", "signature missing", FakeKey.Of("gsk", "_", FakeKey.Random(FakeKey.Base62, 52)))
        .Ignores("groq-api-key", "one character short", TestKeys.Groq()[..^1])
        .Ignores("groq-api-key", "placeholder", "GROQ_API_KEY=gsk_...");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
