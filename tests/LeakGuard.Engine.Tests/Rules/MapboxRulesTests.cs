using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class MapboxRulesTests
{
    private static readonly string MapboxSecretTokenKey = FakeKey.Of("sk.", "eyJ", FakeKey.Random(FakeKey.UrlSafe, 60, 1), ".", FakeKey.Random(FakeKey.UrlSafe, 22, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mapbox-secret-token", MapboxSecretTokenKey, "API_KEY")
        .Ignores("mapbox-secret-token", "one character short", $"value: {MapboxSecretTokenKey[..^1]}")
        .Ignores("mapbox-secret-token", "embedded in a longer token", "value: Q" + MapboxSecretTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
