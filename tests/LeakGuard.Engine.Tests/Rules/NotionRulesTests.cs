using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class NotionRulesTests
{
    private static readonly string NotionIntegrationTokenKey = FakeKey.Of("nt", "n_", FakeKey.Random(TestKeys.Digits, 11, 1), FakeKey.Random(FakeKey.Base62, 35, 2));

    private static readonly string NotionLegacyTokenKey = FakeKey.Of("sec", "ret_", FakeKey.Random(FakeKey.Base62, 43, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("notion-integration-token", NotionIntegrationTokenKey, "API_KEY")
        .Ignores("notion-integration-token", "one character short", $"value: {NotionIntegrationTokenKey[..^1]}")
        .Ignores("notion-integration-token", "embedded in a longer token", "value: Q" + NotionIntegrationTokenKey)
        .Finds("notion-legacy-token", NotionLegacyTokenKey, "NOTION_TOKEN")
        .Ignores("notion-legacy-token", "no notion context", $"\"checksum\": \"{NotionLegacyTokenKey}\"")
        .Ignores("notion-legacy-token", "one character short", $"notion: {NotionLegacyTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
