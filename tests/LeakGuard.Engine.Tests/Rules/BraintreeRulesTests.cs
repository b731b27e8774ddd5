using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class BraintreeRulesTests
{
    private static readonly string BraintreeAccessTokenKey = FakeKey.Of("access", "_token$", "production$", FakeKey.Random(TestKeys.LowerAlphanumeric, 16, 1), "$", FakeKey.Random(FakeKey.Hex, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("braintree-access-token", BraintreeAccessTokenKey, "API_KEY")
        .Ignores("braintree-access-token", "one character short", $"value: {BraintreeAccessTokenKey[..^1]}")
        .Ignores("braintree-access-token", "embedded in a longer token", "value: Q" + BraintreeAccessTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
