using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class AmplitudeRulesTests
{
    private static readonly string AmplitudeSecretKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("amplitude-secret-key", AmplitudeSecretKeyKey, "AMPLITUDE_SECRET_KEY")
        .Ignores("amplitude-secret-key", "no amplitude context", $"\"checksum\": \"{AmplitudeSecretKeyKey}\"")
        .Ignores("amplitude-secret-key", "one character short", $"amplitude: {AmplitudeSecretKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
