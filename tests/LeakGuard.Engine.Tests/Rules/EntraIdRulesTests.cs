using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class EntraIdRulesTests
{
    private static readonly string EntraClientSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 3, 1), "8Q", "~", FakeKey.Random(FakeKey.UrlSafe, 34, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("entra-client-secret", EntraClientSecretKey, "API_KEY")
        .Ignores("entra-client-secret", "embedded in a longer token", "value: Q" + EntraClientSecretKey)
        .Ignores("entra-client-secret", "one character below the minimum length", $"value: {EntraClientSecretKey[..36]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
