using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MattermostRules
{
    private static readonly Remediation Remediation = new("https://docs.mattermost.com/developer/personal-access-tokens.html", "Mattermost:AccessToken", "MATTERMOST_TOKEN");

    private static readonly string[] Context = { "mattermost" };

    // A personal access or bot token acts as its user on the server: 26 lower-case letters and digits, so Mattermost
    // must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "mattermost-access-token",
            "Mattermost",
            "Mattermost access token (26 lower-case letters and digits next to Mattermost)",
            Patterns.Token("[a-z0-9]{26}", Patterns.Base62),
            Context,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = Context,
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),

            // Teams, channels, users and posts have ids of the same form, which configs hold beside the token.
            PublicNames = new[] { "team_id", "teamid", "team-id", "channel_id", "channelid", "channel-id", "user_id", "userid", "post_id", "postid" },
        },
    };
}
