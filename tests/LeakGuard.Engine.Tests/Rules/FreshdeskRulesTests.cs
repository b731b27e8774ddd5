using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class FreshdeskRulesTests
{
    private static readonly string FreshdeskApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 20, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("freshdesk-api-key", FreshdeskApiKeyKey, "FRESHDESK_API_KEY")
        .Ignores("freshdesk-api-key", "no freshdesk context", $"\"checksum\": \"{FreshdeskApiKeyKey}\"")
        .Ignores("freshdesk-api-key", "one character short", $"freshdesk: {FreshdeskApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
