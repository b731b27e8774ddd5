using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class PortkeyRulesTests
{
    private static readonly string PortkeyApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("portkey-api-key", PortkeyApiKeyKey, "PORTKEY_API_KEY")
        .Ignores("portkey-api-key", "no portkey context", $"\"checksum\": \"{PortkeyApiKeyKey}\"")
        .Ignores("portkey-api-key", "one character short", $"portkey: {PortkeyApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
