using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class SalesforceRulesTests
{
    private static readonly string SalesforceAccessTokenKey = FakeKey.Of("0", "0D", FakeKey.Random(FakeKey.Base62, 15, 1), "!", FakeKey.Random(FakeKey.Base62, 96, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("salesforce-access-token", SalesforceAccessTokenKey, "API_KEY")
        .Ignores("salesforce-access-token", "embedded in a longer token", "value: Q" + SalesforceAccessTokenKey)
        .Ignores("salesforce-access-token", "one character below the minimum length", $"value: {SalesforceAccessTokenKey[..98]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
