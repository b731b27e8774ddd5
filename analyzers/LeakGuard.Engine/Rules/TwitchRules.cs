using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TwitchRules
{
    private static readonly Remediation Remediation = new("https://dev.twitch.tv/console/apps", "Twitch:ClientSecret", "TWITCH_CLIENT_SECRET");

    private static readonly string[] TwitchTokenContext = { "twitch" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "twitch-token",
            "Twitch",
            "Twitch client secret or OAuth token (30 characters next to the word Twitch)",
            Patterns.Token("[a-z0-9]{30}", Patterns.Base62),
            TwitchTokenContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
