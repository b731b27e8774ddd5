using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class ConfluentRulesTests
{
    private static readonly string ConfluentApiSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("confluent-api-secret", ConfluentApiSecretKey, "CONFLUENT_API_SECRET")
        .Ignores("confluent-api-secret", "no confluent context", $"\"checksum\": \"{ConfluentApiSecretKey}\"")
        .Ignores("confluent-api-secret", "one character short", $"confluent: {ConfluentApiSecretKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
