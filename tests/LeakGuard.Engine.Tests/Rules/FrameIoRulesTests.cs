using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class FrameIoRulesTests
{
    private static readonly string FrameioTokenKey = FakeKey.Of("fio", "-u-", FakeKey.Random(FakeKey.UrlSafe, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("frameio-token", FrameioTokenKey, "API_KEY")
        .Ignores("frameio-token", "one character short", $"value: {FrameioTokenKey[..^1]}")
        .Ignores("frameio-token", "embedded in a longer token", "value: Q" + FrameioTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
