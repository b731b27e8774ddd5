using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AdobeRulesTests
{
    private static readonly string Secret = FakeKey.Of("p8", "e-", FakeKey.Random(FakeKey.Base62, 32, 7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("adobe-client-secret", Secret, "ADOBE_CLIENT_SECRET")
        .Ignores("adobe-client-secret", "letters only", "secret: p8" + "e-" + FakeKey.Random(TestKeys.Letters, 32, 8))
        .Ignores("adobe-client-secret", "one character short", $"value: {Secret[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
