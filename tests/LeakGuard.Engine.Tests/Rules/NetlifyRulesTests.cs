using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class NetlifyRulesTests
{
    private static readonly string NetlifyPatKey = FakeKey.Of("nf", "p_", FakeKey.Random(FakeKey.Base62, 36, 1));

    private static readonly string NetlifyLegacyTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 43, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("netlify-pat", NetlifyPatKey, "API_KEY")
        .Ignores("netlify-pat", "one character short", $"value: {NetlifyPatKey[..^1]}")
        .Ignores("netlify-pat", "embedded in a longer token", "value: Q" + NetlifyPatKey)
        .Finds("netlify-legacy-token", NetlifyLegacyTokenKey, "NETLIFY_AUTH_TOKEN")
        .Ignores("netlify-legacy-token", "no netlify context", $"\"checksum\": \"{NetlifyLegacyTokenKey}\"")
        .Ignores("netlify-legacy-token", "one character below the minimum length", $"netlify: {NetlifyLegacyTokenKey[..39]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
