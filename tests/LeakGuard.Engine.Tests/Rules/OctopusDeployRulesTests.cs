using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class OctopusDeployRulesTests
{
    private static readonly string OctopusDeployApiKeyKey = FakeKey.Of("AP", "I-", FakeKey.Random(TestKeys.UpperAlphanumeric, 27, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("octopus-deploy-api-key", OctopusDeployApiKeyKey, "API_KEY")
        .Ignores("octopus-deploy-api-key", "embedded in a longer token", "value: Q" + OctopusDeployApiKeyKey)
        .Ignores("octopus-deploy-api-key", "one character below the minimum length", $"value: {OctopusDeployApiKeyKey[..29]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
