using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class PaystackRulesTests
{
    private static readonly string PaystackSecretKeyKey = FakeKey.Of("sk_l", "ive_", FakeKey.Random(FakeKey.Hex, 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("paystack-secret-key", PaystackSecretKeyKey, "API_KEY")
        .Ignores("paystack-secret-key", "embedded in a longer token", "value: Q" + PaystackSecretKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
