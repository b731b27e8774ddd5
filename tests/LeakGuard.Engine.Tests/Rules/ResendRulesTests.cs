using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ResendRulesTests
{
    private static readonly string ResendApiKeyKey = FakeKey.Of("r", "e_", FakeKey.Random(FakeKey.Base62, 8, 1), "_", FakeKey.Random(FakeKey.Base62, 24, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("resend-api-key", ResendApiKeyKey, "API_KEY")
        .Ignores("resend-api-key", "one character short", $"value: {ResendApiKeyKey[..^1]}")
        .Ignores("resend-api-key", "embedded in a longer token", "value: Q" + ResendApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
