using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class DopplerRulesTests
{
    private static readonly string DopplerPersonalTokenKey = FakeKey.Of("dp.", "pt.", FakeKey.Random(FakeKey.Base62, 43, 1));

    private static readonly string DopplerServiceTokenKey = FakeKey.Of("dp.", "st.", "prd.", FakeKey.Random(FakeKey.Base62, 43, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("doppler-personal-token", DopplerPersonalTokenKey, "API_KEY")
        .Ignores("doppler-personal-token", "embedded in a longer token", "value: Q" + DopplerPersonalTokenKey)
        .Ignores("doppler-personal-token", "one character below the minimum length", $"value: {DopplerPersonalTokenKey[..45]}")
        .Finds("doppler-service-token", DopplerServiceTokenKey, "API_KEY")
        .Ignores("doppler-service-token", "embedded in a longer token", "value: Q" + DopplerServiceTokenKey)
        .Ignores("doppler-service-token", "one character below the minimum length", $"value: {DopplerServiceTokenKey[..49]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
