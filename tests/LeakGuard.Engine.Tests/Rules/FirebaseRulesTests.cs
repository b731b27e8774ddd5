using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class FirebaseRulesTests
{
    private static readonly string FirebaseCloudMessagingServerKeyKey = FakeKey.Of("AA", "AA", FakeKey.Random(FakeKey.UrlSafe, 7, 1), ":", FakeKey.Random(FakeKey.UrlSafe, 140, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("firebase-cloud-messaging-server-key", FirebaseCloudMessagingServerKeyKey, "API_KEY")
        .Ignores("firebase-cloud-messaging-server-key", "one character short", $"value: {FirebaseCloudMessagingServerKeyKey[..^1]}")
        .Ignores("firebase-cloud-messaging-server-key", "embedded in a longer token", "value: Q" + FirebaseCloudMessagingServerKeyKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
