using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FirebaseRulesSamples
{
    private static readonly string FirebaseCloudMessagingServerKeyKey = FakeKey.Of("AA", "AA", FakeKey.Random(FakeKey.UrlSafe, 7, 1), ":", FakeKey.Random(FakeKey.UrlSafe, 140, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("firebase-cloud-messaging-server-key", FirebaseCloudMessagingServerKeyKey, "API_KEY")
        .Ignores("firebase-cloud-messaging-server-key", "one character short", $"value: {FirebaseCloudMessagingServerKeyKey[..^1]}")
        .Ignores("firebase-cloud-messaging-server-key", "embedded in a longer token", "value: Q" + FirebaseCloudMessagingServerKeyKey);
}
