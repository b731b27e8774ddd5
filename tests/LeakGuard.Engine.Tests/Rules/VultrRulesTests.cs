using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class VultrRulesTests
{
    private static readonly string VultrApiKeyKey = FakeKey.Of(FakeKey.Random(TestKeys.UpperAlphanumeric, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("vultr-api-key", VultrApiKeyKey, "VULTR_API_KEY")
        .Ignores("vultr-api-key", "no vultr context", $"\"checksum\": \"{VultrApiKeyKey}\"")
        .Ignores("vultr-api-key", "one character short", $"vultr: {VultrApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
