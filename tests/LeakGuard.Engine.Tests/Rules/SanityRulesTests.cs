using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class SanityRulesTests
{
    private static readonly string SanityTokenKey = FakeKey.Of("s", "k", FakeKey.Random(FakeKey.Base62, 80, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sanity-token", SanityTokenKey, "SANITY_API_TOKEN")
        .Ignores("sanity-token", "no sanity context", $"\"checksum\": \"{SanityTokenKey}\"")
        .Ignores("sanity-token", "one character below the minimum length", $"sanity: {SanityTokenKey[..79]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
