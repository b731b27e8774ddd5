using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ZoomRulesTests
{
    private static readonly string ZoomClientSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("zoom-client-secret", ZoomClientSecretKey, "ZOOM_CLIENT_SECRET")
        .Ignores("zoom-client-secret", "no zoom_ context", $"\"checksum\": \"{ZoomClientSecretKey}\"")
        .Ignores("zoom-client-secret", "one character short", $"zoom_: {ZoomClientSecretKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
