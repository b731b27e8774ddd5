using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class VercelRulesTests
{
    private static readonly string VercelTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 24, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("vercel-token", VercelTokenKey, "VERCEL_TOKEN")
        .Ignores("vercel-token", "no vercel context", $"\"checksum\": \"{VercelTokenKey}\"")
        .Ignores("vercel-token", "one character short", $"vercel: {VercelTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
