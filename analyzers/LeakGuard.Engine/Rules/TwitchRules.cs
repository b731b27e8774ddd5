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

        // Twitch chat (IRC) takes a user access token as the password in the form "oauth:<30 characters>", and chat bots
        // (tmi.js, twitch-js, TwitchIO, irc libraries) paste it that way with no "twitch" anywhere near. The "oauth:"
        // prefix is what tells it apart; the 30 lower-case letters and digits are the same token twitch-token finds.
        new SecretRule(
            "twitch-chat-token",
            "Twitch",
            "Twitch chat (IRC) OAuth token ('oauth:' and 30 lower-case letters and digits)",
            "(?:^|[^A-Za-z0-9_-])oauth:(?<secret>[a-z0-9]{30})(?:$|[^A-Za-z0-9])",
            new[] { "oauth:" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
