using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class DuffelRulesTests
{
    private static readonly string Token = FakeKey.Of("duffel", "_live_", FakeKey.Random(FakeKey.UrlSafe, 43, 9));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("duffel-api-token", Token, "DUFFEL_ACCESS_TOKEN")
        .Finds("duffel-api-token", FakeKey.Of("duffel", "_test_", FakeKey.Random(FakeKey.UrlSafe, 43, 10)), "DUFFEL_ACCESS_TOKEN")
        .Ignores("duffel-api-token", "one character short", $"value: {Token[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
