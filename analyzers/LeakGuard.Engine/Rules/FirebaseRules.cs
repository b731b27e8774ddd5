using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FirebaseRules
{
    private static readonly Remediation Remediation = new("https://console.firebase.google.com/project/_/settings/cloudmessaging", "Firebase:ServerKey", "FIREBASE_SERVER_KEY");

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
    };
}
