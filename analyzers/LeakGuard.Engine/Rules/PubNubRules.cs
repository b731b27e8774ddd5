using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PubNubRules
{
    private static readonly Remediation Remediation = new("https://admin.pubnub.com/", "PubNub:SecretKey", "PUBNUB_SECRET_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The secret key grants and revokes access (Access Manager); the publish and subscribe keys (pub-c-, sub-c-)
        // ship in clients and are not matched.
        new SecretRule(
            "pubnub-secret-key",
            "PubNub",
            "PubNub secret key (sec-c-)",
            Patterns.Token("sec-c-[A-Za-z0-9+/]{48}", Patterns.Base64),
            new[] { "sec-c-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
