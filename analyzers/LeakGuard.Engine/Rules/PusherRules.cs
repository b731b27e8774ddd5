using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PusherRules
{
    private static readonly Remediation Remediation = new("https://dashboard.pusher.com/", "Pusher:AppSecret", "PUSHER_APP_SECRET");

    private static readonly string[] Context = { "pusher" };

    // Channels' app secret (20 hex digits) signs private and presence channel subscriptions and server events. The app
    // key, of the same form, is public (new Pusher("…") in every page), so only a secret's name tells them apart.
    // The server SDKs take the secret by position, after the key and after the app id or before it: PHP's
    // new Pusher\Pusher(key, secret, appId), Java's and .NET's new Pusher(appId, key, secret). A browser's
    // new Pusher(key, { cluster }) has no second literal of 20 hex digits.
    private static readonly string PositionalSecret = "Pusher\\([ \\t\\r\\n]{0,20}(?:[\"']?[0-9]{4,9}[\"']?[ \\t]{0,5},[ \\t\\r\\n]{0,20})?" + Patterns.AfterArgument("[a-f0-9]{20}", "[a-f0-9]{20}");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "pusher-app-secret",
            "Pusher",
            "Pusher Channels app secret (20 hex digits under a secret's name, next to Pusher)",
            $"{Patterns.AssignedTo("secret", "[a-f0-9]{20}", Patterns.Base62)}|{PositionalSecret}",
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2)),
    };
}
