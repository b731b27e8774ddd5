using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class RollbarRulesTests
{
    private static readonly string RollbarAccessTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("rollbar-access-token", RollbarAccessTokenKey, "ROLLBAR_ACCESS_TOKEN")
        .Ignores("rollbar-access-token", "no rollbar context", $"\"checksum\": \"{RollbarAccessTokenKey}\"")
        .Ignores("rollbar-access-token", "one character short", $"rollbar: {RollbarAccessTokenKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
