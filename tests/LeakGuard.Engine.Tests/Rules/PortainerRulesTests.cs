using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class PortainerRulesTests
{
    private static readonly string PortainerAccessTokenKey = FakeKey.Of("pt", "r_", FakeKey.Random(FakeKey.Base64, 43, 1), "=");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("portainer-access-token", PortainerAccessTokenKey, "API_KEY")
        .Ignores("portainer-access-token", "embedded in a longer token", "value: Q" + PortainerAccessTokenKey)
        .Ignores("portainer-access-token", "one character below the minimum length", $"value: {PortainerAccessTokenKey[..46]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
