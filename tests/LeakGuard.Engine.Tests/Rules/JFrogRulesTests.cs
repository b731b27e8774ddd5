using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class JFrogRulesTests
{
    private static readonly string JfrogApiKeyKey = FakeKey.Of("A", "K", "Cp", FakeKey.Random(FakeKey.Base62, 69, 1));

    private static readonly string JfrogIdentityTokenKey = FakeKey.Of("cmVm", "dGtu", "OjAxOj", FakeKey.Random(FakeKey.Base62, 50, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("jfrog-api-key", JfrogApiKeyKey, "API_KEY")
        .Ignores("jfrog-api-key", "one character short", $"value: {JfrogApiKeyKey[..^1]}")
        .Ignores("jfrog-api-key", "embedded in a longer token", "value: Q" + JfrogApiKeyKey)
        .Finds("jfrog-identity-token", JfrogIdentityTokenKey, "API_KEY")
        .Ignores("jfrog-identity-token", "one character short", $"value: {JfrogIdentityTokenKey[..^1]}")
        .Ignores("jfrog-identity-token", "embedded in a longer token", "value: Q" + JfrogIdentityTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
