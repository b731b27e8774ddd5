using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class LangSmithRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("langsmith-api-key", TestKeys.LangSmith(), "LANGSMITH_API_KEY")
        .FindsIn("langsmith-api-key", "service key", $"LANGCHAIN_API_KEY={TestKeys.LangSmith("sk", 2)}", TestKeys.LangSmith("sk", 2))
        .Ignores("langsmith-api-key", "legacy ls__ key", "ls" + "__" + FakeKey.Random(FakeKey.Hex, 32))
        .Ignores("langsmith-api-key", "unknown key type", TestKeys.LangSmith("xx"));

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
