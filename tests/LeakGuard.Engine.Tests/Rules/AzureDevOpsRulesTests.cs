using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AzureDevOpsRulesTests
{
    private static readonly string AzureDevopsPatKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 52, 1), "JQQJ", "99", FakeKey.Random(FakeKey.Base62, 1, 2), "B", FakeKey.Random(FakeKey.Base62, 16, 3), "AZ", "DO", FakeKey.Random(FakeKey.Base62, 4, 4));

    private static readonly string AzureDevopsLegacyPatKey = FakeKey.Of(FakeKey.Random(FakeKey.UpperBase32.ToLowerInvariant(), 52, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("azure-devops-pat", AzureDevopsPatKey, "API_KEY")
        .Ignores("azure-devops-pat", "one character short", $"value: {AzureDevopsPatKey[..^1]}")
        .Ignores("azure-devops-pat", "embedded in a longer token", "value: Q" + AzureDevopsPatKey)
        .Finds("azure-devops-legacy-pat", AzureDevopsLegacyPatKey, "AZURE_DEVOPS_PAT")
        .Ignores("azure-devops-legacy-pat", "no dev.azure.com context", $"\"checksum\": \"{AzureDevopsLegacyPatKey}\"")
        .Ignores("azure-devops-legacy-pat", "one character short", $"dev.azure.com: {AzureDevopsLegacyPatKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
