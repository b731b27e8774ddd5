using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class GoogleOAuthRulesTests
{
    private static readonly string GoogleOauthClientSecretKey = FakeKey.Of("G", "OC", "SPX-", FakeKey.Random(FakeKey.UrlSafe, 28, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("google-oauth-client-secret", GoogleOauthClientSecretKey, "API_KEY")
        .Ignores("google-oauth-client-secret", "one character short", $"value: {GoogleOauthClientSecretKey[..^1]}")
        .Ignores("google-oauth-client-secret", "embedded in a longer token", "value: Q" + GoogleOauthClientSecretKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
