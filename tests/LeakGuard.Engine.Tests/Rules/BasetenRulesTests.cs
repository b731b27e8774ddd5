using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class BasetenRulesTests
{
    private static readonly string BasetenApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 8, 1), ".", FakeKey.Random(FakeKey.Base62, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("baseten-api-key", BasetenApiKeyKey, "BASETEN_API_KEY")
        .Ignores("baseten-api-key", "no baseten context", $"\"checksum\": \"{BasetenApiKeyKey}\"")
        .Ignores("baseten-api-key", "one character short", $"baseten: {BasetenApiKeyKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
