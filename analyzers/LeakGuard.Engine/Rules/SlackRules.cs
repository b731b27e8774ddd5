using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SlackRules
{
    private static readonly Remediation Remediation = new("https://api.slack.com/apps", "Slack:Token", "SLACK_TOKEN");

    private static readonly Remediation SigningRemediation = new("https://api.slack.com/authentication/verifying-requests-from-slack", "Slack:SigningSecret", "SLACK_SIGNING_SECRET");

    private static readonly Remediation WebhookRemediation = new("https://api.slack.com/apps", "Slack:WebhookUrl", "SLACK_WEBHOOK_URL");

    // Token types: https://api.slack.com/authentication/token-types
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        Token("slack-bot-token", "Slack bot token", "xoxb-[0-9]{8,14}-(?:[0-9]{10,14}-)?[A-Za-z0-9]{18,34}", new[] { "xoxb-" }),
        Token("slack-user-token", "Slack user token", "xox[pe]-[0-9]{8,13}-[0-9]{8,13}-[0-9]{8,13}-(?:[A-Za-z0-9]{28,34}|[a-f0-9]{10})", new[] { "xoxp-", "xoxe-" }),
        Token("slack-app-token", "Slack app-level token", "xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-z0-9]{32,80}", new[] { "xapp-" }),
        // Rotating tokens are base 64 of dash-separated workspace, user and token ids and 64 hex digits, so their length
        // follows the ids': 166 and 147 characters with today's 13-digit ids, a few fewer for older workspaces.
        Token("slack-config-access-token", "Slack app configuration access token", "xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{150,175}", new[] { "xoxe.xox" }),
        Token("slack-session-token", "Slack browser session token (xoxc-)", "xoxc-[0-9]{9,15}-[0-9]{9,15}-[0-9]{9,15}-[a-f0-9]{64}", new[] { "xoxc-" }),
        Token("slack-config-refresh-token", "Slack app configuration refresh token", "xoxe-[0-9]-[A-Za-z0-9]{138,152}", new[] { "xoxe-" }),

        // The other formats have digit groups by construction; this one can be all letters, like a word.
        Token(
            "slack-legacy-token",
            "Slack legacy workspace, refresh or user token",
            "xox[aors]-(?:[0-9]{1,13}-){0,4}[A-Za-z0-9]{8,64}",
            new[] { "xoxa-", "xoxr-", "xoxo-", "xoxs-" },
            value => Plausibility.MixesLettersAndDigits(value.Substring("xoxa-".Length))),
        new SecretRule(
            "slack-webhook-url",
            "Slack",
            "Slack incoming webhook or workflow URL",
            Patterns.Token("(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,80}", Patterns.Base64),
            new[] { "hooks.slack.com" },
            WebhookRemediation)
        {
            MinEntropy = 3.5,
        },

        // The "d" cookie of a signed-in browser, which tools that act as the user (slackdump, MCP servers) ask for
        // beside the xoxc- token; URL-encoded.
        new SecretRule(
            "slack-session-cookie",
            "Slack",
            "Slack browser session cookie (xoxd-)",
            "(?:^|[^A-Za-z0-9_-])(?<secret>xoxd-[A-Za-z0-9%/+=_.-]{100,400})(?:$|[^A-Za-z0-9%/+=_.-])",
            new[] { "xoxd-" },
            Remediation)
        {
            MinEntropy = 4,
        },

        // The signing secret that Slack signs its requests to the app with (Bolt's signing_secret, SLACK_SIGNING_SECRET):
        // 32 hex digits under that name. Whoever has it sends the app requests that pass as Slack's.
        ContextGatedRule.Create(
            "slack-signing-secret",
            "Slack",
            "Slack app signing secret (32 hex digits under a signing secret's name, Slack named nearby)",
            "(?i)signing[_-]?secret[\"']?[ \\t]{0,5}(?:[:=]|=>)[ \\t]{0,5}[\"']?(?<secret>[a-f0-9]{32})(?:$|[^a-z0-9])",
            new[] { "slack" },
            SigningRemediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };

    private static SecretRule Token(string id, string description, string pattern, string[] keywords, Func<string, bool>? isPlausible = null) =>
        new(id, "Slack", description, Patterns.Token(pattern), keywords, Remediation)
        {
            MinEntropy = 3,
            IsPlausible = isPlausible,
        };
}
