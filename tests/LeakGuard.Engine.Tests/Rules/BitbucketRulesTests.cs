using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class BitbucketRulesTests
{
    private static readonly string BitbucketAppPasswordKey = FakeKey.Of("AT", "BB", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("bitbucket-app-password", BitbucketAppPasswordKey, "API_KEY")
        .Ignores("bitbucket-app-password", "one character short", $"value: {BitbucketAppPasswordKey[..^1]}")
        .Ignores("bitbucket-app-password", "embedded in a longer token", "value: Q" + BitbucketAppPasswordKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
