using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class TwitchRulesTests
{
    private static readonly string TwitchTokenKey = FakeKey.Of(FakeKey.Random(TestKeys.LowerAlphanumeric, 30, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("twitch-token", TwitchTokenKey, "TWITCH_CLIENT_SECRET")
        .Ignores("twitch-token", "no twitch context", $"\"checksum\": \"{TwitchTokenKey}\"")
        .Ignores("twitch-token", "one character short", $"twitch: {TwitchTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
