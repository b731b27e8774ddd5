using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class PostHogRulesTests
{
    private static readonly string PosthogPersonalApiKeyKey = FakeKey.Of("ph", "x_", FakeKey.Random(FakeKey.Base62, 43, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("posthog-personal-api-key", PosthogPersonalApiKeyKey, "API_KEY")
        .Ignores("posthog-personal-api-key", "one character short", $"value: {PosthogPersonalApiKeyKey[..^1]}")
        .Ignores("posthog-personal-api-key", "embedded in a longer token", "value: Q" + PosthogPersonalApiKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
