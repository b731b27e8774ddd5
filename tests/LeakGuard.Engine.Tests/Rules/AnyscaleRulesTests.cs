using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AnyscaleRulesTests
{
    private static readonly string AnyscaleApiKeyKey = FakeKey.Of("esec", "ret_", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("anyscale-api-key", AnyscaleApiKeyKey, "API_KEY")
        .Ignores("anyscale-api-key", "embedded in a longer token", "value: Q" + AnyscaleApiKeyKey)
        .Ignores("anyscale-api-key", "one character below the minimum length", $"value: {AnyscaleApiKeyKey[..27]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
