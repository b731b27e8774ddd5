using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class DatadogRulesTests
{
    private static readonly string DatadogApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    private static readonly string DatadogAppKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 40, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("datadog-api-key", DatadogApiKeyKey, "DATADOG_API_KEY")
        .Ignores("datadog-api-key", "no datadog context", $"\"checksum\": \"{DatadogApiKeyKey}\"")
        .Ignores("datadog-api-key", "one character short", $"datadog: {DatadogApiKeyKey[..^1]}")
        .Finds("datadog-app-key", DatadogAppKeyKey, "DATADOG_APP_KEY")
        .Ignores("datadog-app-key", "no datadog context", $"\"checksum\": \"{DatadogAppKeyKey}\"")
        .Ignores("datadog-app-key", "one character short", $"datadog: {DatadogAppKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
