using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FirebaseRules
{
    private static readonly Remediation Remediation = new("https://console.firebase.google.com/project/_/settings/cloudmessaging", "Firebase:ServerKey", "FIREBASE_SERVER_KEY");

    private static readonly Remediation DatabaseSecretRemediation = new("https://console.firebase.google.com/project/_/settings/serviceaccounts/databasesecrets", "Firebase:DatabaseSecret", "FIREBASE_DATABASE_SECRET");

    // The names a Realtime Database's legacy secret goes by: FireSharp's "AuthSecret", and what settings call it.
    // FirebaseArduino's examples call it FIREBASE_AUTH, Firebase-ESP-Client's config.signer.tokens.legacy_token. The
    // database's host is not context: a .env that names it often holds an AWS secret key of the same shape too.
    private static readonly string[] DatabaseSecretContext = { "authsecret", "auth_secret", "databasesecret", "database_secret", "firebasesecret", "firebase_secret", "firebase_auth", "legacy_token" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "firebase-cloud-messaging-server-key",
            "Firebase",
            "Firebase Cloud Messaging legacy server key",
            Patterns.Token("AAAA[A-Za-z0-9_-]{7}:[A-Za-z0-9_-]{140}"),
            new[] { "AAAA" },
            Remediation)
        {
            MinEntropy = 4,
        },

        // A legacy database secret reads and writes the whole Realtime Database, whatever its rules say. Its 40
        // letters and digits say nothing by themselves, so the name it is given must be nearby.
        ContextGatedRule.Create(
            "firebase-database-secret",
            "Firebase",
            "Firebase Realtime Database legacy secret",
            Patterns.Token("[A-Za-z0-9]{40}"),
            DatabaseSecretContext,
            DatabaseSecretRemediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
