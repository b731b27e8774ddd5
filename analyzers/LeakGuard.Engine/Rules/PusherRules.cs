using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PusherRules
{
    private static readonly Remediation Remediation = new("https://dashboard.pusher.com/", "Pusher:AppSecret", "PUSHER_APP_SECRET");

    private static readonly string[] Context = { "pusher" };

    // Channels' app secret (20 hex digits) signs private and presence channel subscriptions and server events. The app
    // key, of the same form, is public (new Pusher("…") in every page), so only a secret's name tells them apart.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "pusher-app-secret",
            "Pusher",
            "Pusher Channels app secret (20 hex digits under a secret's name, next to Pusher)",
            Patterns.AssignedTo("secret", "[a-f0-9]{20}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2)),
    };
}
