using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AsanaRulesTests
{
    private static readonly string AsanaPatKey = FakeKey.Of("2", "/", FakeKey.Random(TestKeys.Digits, 16, 1), "/", FakeKey.Random(TestKeys.Digits, 16, 2), ":", FakeKey.Random(FakeKey.Base62, 32, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("asana-pat", AsanaPatKey, "ASANA_ACCESS_TOKEN")
        .Ignores("asana-pat", "no asana context", $"\"checksum\": \"{AsanaPatKey}\"")
        .Ignores("asana-pat", "one character short", $"asana: {AsanaPatKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
