using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class Auth0RulesTests
{
    private static readonly string Auth0ClientSecretKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("auth0-client-secret", Auth0ClientSecretKey, "AUTH0_CLIENT_SECRET")
        .Ignores("auth0-client-secret", "no auth0 context", $"\"checksum\": \"{Auth0ClientSecretKey}\"")
        .Ignores("auth0-client-secret", "one character short", $"auth0: {Auth0ClientSecretKey[..^1]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
