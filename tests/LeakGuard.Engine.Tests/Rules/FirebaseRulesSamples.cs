using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FirebaseRulesSamples
{
    private static readonly string FirebaseCloudMessagingServerKeyKey = FakeKey.Of("AA", "AA", FakeKey.Random(FakeKey.UrlSafe, 7, 1), ":", FakeKey.Random(FakeKey.UrlSafe, 140, 2));

    private static readonly string DatabaseSecret = FakeKey.Random(FakeKey.Base62, 40, 3);

    private static readonly string OtherDatabaseSecret = FakeKey.Random(FakeKey.Base62, 40, 4);

    private static readonly string CommitId = FakeKey.Random(FakeKey.Hex, 40, 5);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("firebase-cloud-messaging-server-key", FirebaseCloudMessagingServerKeyKey, "API_KEY")
        .Ignores("firebase-cloud-messaging-server-key", "one character short", $"value: {FirebaseCloudMessagingServerKeyKey[..^1]}")
        .Ignores("firebase-cloud-messaging-server-key", "embedded in a longer token", "value: Q" + FirebaseCloudMessagingServerKeyKey)
        .FindsIn("firebase-database-secret", "FireSharp's configuration", $"IFirebaseConfig config = new FirebaseConfig\n{{\n    AuthSecret = \"{DatabaseSecret}\",\n    BasePath = \"https://shop-1a2b3.firebaseio.com/\"\n}};", DatabaseSecret)
        .Finds("firebase-database-secret", OtherDatabaseSecret, "FIREBASE_DATABASE_SECRET")
        .FindsIn("firebase-database-secret", "name passed as context", OtherDatabaseSecret, OtherDatabaseSecret, "AuthSecret")
        .Ignores("firebase-database-secret", "no name", $"value: {DatabaseSecret}")
        .FindsIn("firebase-database-secret", "FirebaseArduino's sketch", $"#define FIREBASE_HOST \"plant-monitor-1a2b3-default-rtdb.europe-west1.firebasedatabase.app\"\n#define FIREBASE_AUTH \"{OtherDatabaseSecret}\"\n", OtherDatabaseSecret)
        .FindsIn("firebase-database-secret", "Firebase-ESP-Client's legacy token", $"config.signer.tokens.legacy_token = \"{DatabaseSecret}\";", DatabaseSecret)
        .FindsIn("generic-secret", "a commit id under the name: a generic secret at most", $"AuthSecret = \"{CommitId}\"", CommitId)
        .FindsIn("generic-secret", "39 characters under the name: a generic secret at most", $"AuthSecret = \"{DatabaseSecret[..^1]}\"", DatabaseSecret[..^1]);
}
