using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class UploadThingRules
{
    private static readonly Remediation Remediation = new("https://uploadthing.com/dashboard", "UploadThing:Token", "UPLOADTHING_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A secret key of UploadThing's v6 SDK: Stripe's "sk_live_" prefix, then 64 hex digits (a Stripe key's body
        // mixes cases). It uploads, lists and deletes the app's files.
        new SecretRule(
            "uploadthing-secret-key",
            "UploadThing",
            "UploadThing secret key (sk_live_ and 64 hex digits)",
            Patterns.Token("sk_live_[0-9a-f]{64}", Patterns.Base62),
            new[] { "sk_live_" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // The v7 SDK's token: base 64 of {"apiKey":"sk_live_…","appId":…,"regions":[…]}.
        new SecretRule(
            "uploadthing-token",
            "UploadThing",
            "UploadThing token (base 64 of its API key, app and regions)",
            Patterns.Token("eyJhcGlLZXkiOiJza19[A-Za-z0-9+/]{60,400}={0,2}", Patterns.Base64),
            new[] { "eyJhcGlLZXkiOiJza19" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };

    /// <summary>Whether a Stripe-looking key is UploadThing's: 64 lower-case hex digits after the prefix.</summary>
    public static bool IsSecretKey(string value) =>
        value.Length == "sk_live_".Length + 64 && value.StartsWith("sk_live_", System.StringComparison.Ordinal) && Plausibility.IsLowerHex(value.Substring("sk_live_".Length));
}
