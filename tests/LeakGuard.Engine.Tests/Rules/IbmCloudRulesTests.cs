using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class IbmCloudRulesTests
{
    private static readonly string IbmCloudApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 44, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ibm-cloud-api-key", IbmCloudApiKeyKey, "IBMCLOUD_API_KEY")
        .Ignores("ibm-cloud-api-key", "no ibmcloud context", $"\"checksum\": \"{IbmCloudApiKeyKey}\"")
        .Ignores("ibm-cloud-api-key", "one character short", $"ibmcloud: {IbmCloudApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
