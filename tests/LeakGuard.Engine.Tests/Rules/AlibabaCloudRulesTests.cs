using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AlibabaCloudRulesTests
{
    private static readonly string AlibabaAccessKeyIdKey = FakeKey.Of("LT", "AI", FakeKey.Random(FakeKey.Base62, 20, 1));

    private static readonly string AlibabaAccessKeySecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 30, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("alibaba-access-key-id", AlibabaAccessKeyIdKey, "API_KEY")
        .Ignores("alibaba-access-key-id", "embedded in a longer token", "value: Q" + AlibabaAccessKeyIdKey)
        .Ignores("alibaba-access-key-id", "one character below the minimum length", $"value: {AlibabaAccessKeyIdKey[..15]}")
        .Finds("alibaba-access-key-secret", AlibabaAccessKeySecretKey, "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        .Ignores("alibaba-access-key-secret", "no alibaba context", $"\"checksum\": \"{AlibabaAccessKeySecretKey}\"")
        .Ignores("alibaba-access-key-secret", "one character short", $"alibaba: {AlibabaAccessKeySecretKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
