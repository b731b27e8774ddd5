using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class TailscaleRulesTests
{
    private static readonly string TailscaleKeyKey = FakeKey.Of("tsk", "ey-", "auth-", FakeKey.Random(FakeKey.Base62, 12, 1), "-", FakeKey.Random(FakeKey.Base62, 33, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tailscale-key", TailscaleKeyKey, "API_KEY")
        .Ignores("tailscale-key", "embedded in a longer token", "value: Q" + TailscaleKeyKey)
        .Ignores("tailscale-key", "one character below the minimum length", $"value: {TailscaleKeyKey[..30]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
