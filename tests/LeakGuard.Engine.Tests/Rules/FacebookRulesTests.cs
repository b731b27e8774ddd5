using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class FacebookRulesTests
{
    private static readonly string Token = FakeKey.Of("EA", "AM", FakeKey.Random(FakeKey.Base62, 180, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("facebook-page-access-token", Token, "FACEBOOK_ACCESS_TOKEN")
        .Ignores("facebook-page-access-token", "inside a base64 run", $"data:image/png;base64,AAAA+{Token}/AAAA")
        .Ignores("facebook-page-access-token", "too short", $"value: {Token[..90]}")
        .Ignores("facebook-page-access-token", "letters only", "token: EA" + "AM" + FakeKey.Random(TestKeys.Letters, 150, 12));

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
