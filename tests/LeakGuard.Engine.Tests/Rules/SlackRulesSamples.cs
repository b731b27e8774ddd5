using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SlackRulesSamples
{
    private static readonly string SlackConfigAccess = FakeKey.Of("xoxe", ".xoxp-1-", FakeKey.Random(FakeKey.Base62, 164, 31));

    private static readonly string SlackConfigRefresh = FakeKey.Of("xoxe", "-1-", FakeKey.Random(FakeKey.Base62, 147, 32));

    private static readonly string SlackConfigAccessShorterIds = FakeKey.Of("xoxe", ".xoxb-1-", FakeKey.Random(FakeKey.Base62, 163, 33));

    private static readonly string WorkflowWebhook = FakeKey.Of(
        "https://hooks.", "slack.com/workflows/T", FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10, 34), "/A", FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10, 35),
        "/", FakeKey.Random("0123456789", 18, 36), "/", FakeKey.Random(FakeKey.Base62, 24, 37));

    private static readonly string TriggerWebhook = FakeKey.Of(
        "https://hooks.", "slack.com/triggers/E", FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10, 38), "/", FakeKey.Random("0123456789", 14, 39), "/", FakeKey.Random(FakeKey.Hex, 32, 40));

    private static readonly string SessionToken = FakeKey.Of("xo", "xc-", FakeKey.Random("0123456789", 12, 41), "-", FakeKey.Random("0123456789", 12, 42), "-", FakeKey.Random("0123456789", 13, 43), "-", FakeKey.Random(FakeKey.Hex, 64, 44));

    private static readonly string SessionCookie = FakeKey.Of("xo", "xd-", FakeKey.Random(FakeKey.Base62, 60, 45), "%2F", FakeKey.Random(FakeKey.Base62, 80, 46), "%3D");

    private static readonly string OldUserToken = FakeKey.Of("xo", "xp-", FakeKey.Random("0123456789", 10, 51), "-", FakeKey.Random("0123456789", 10, 52), "-", FakeKey.Random("0123456789", 11, 53), "-", FakeKey.Random(FakeKey.Hex, 10, 54));

    private static readonly string RecentBotToken = FakeKey.Of("xoxb-", FakeKey.Random("0123456789", 13, 41), "-", FakeKey.Random("0123456789", 14, 42), "-", FakeKey.Random(FakeKey.Base62, 24, 43));

    private static readonly string SigningSecret = FakeKey.Random(FakeKey.Hex, 32, 61);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("slack-bot-token", TestKeys.SlackBot(), "SLACK_BOT_TOKEN")
        .FindsIn("slack-bot-token", "a recent bot token, 14 digits in its second number", $"SLACK_BOT_TOKEN={RecentBotToken}\n", RecentBotToken)
        .Finds("slack-user-token", TestKeys.SlackUser(), "SLACK_USER_TOKEN")
        .Finds("slack-app-token", TestKeys.SlackApp(), "SLACK_APP_TOKEN")
        .FindsIn("slack-legacy-token", "legacy token", $"\"access_token\": \"{TestKeys.SlackLegacy()}\"", TestKeys.SlackLegacy())
        .FindsIn("slack-webhook-url", "webhook", $"SLACK_WEBHOOK={TestKeys.SlackWebhook()}", TestKeys.SlackWebhook())
        .FindsIn("slack-webhook-url", "written without its scheme", $"url: {TestKeys.SlackWebhook(2)["https://".Length..]}", TestKeys.SlackWebhook(2)["https://".Length..])
        .FindsIn("slack-config-access-token", "app configuration token", $"SLACK_CONFIG_TOKEN={SlackConfigAccess}", SlackConfigAccess)
        .FindsIn("slack-config-refresh-token", "app configuration refresh token", $"SLACK_CONFIG_REFRESH={SlackConfigRefresh}", SlackConfigRefresh)
        .FindsIn("slack-config-access-token", "rotating token of a workspace with 12-digit ids", $"SLACK_TOKEN={SlackConfigAccessShorterIds}", SlackConfigAccessShorterIds)
        .FindsIn("slack-webhook-url", "Workflow Builder webhook", $"url = \"{WorkflowWebhook}\"", WorkflowWebhook)
        .FindsIn("slack-webhook-url", "Workflow Builder trigger", $"url = \"{TriggerWebhook}\"", TriggerWebhook)
        .Ignores("slack-bot-token", "the bot token of Slack's API documentation", $"SLACK_TOKEN = \"{FakeKey.Of("xoxb-", "17653672481-", "19874698323-", "pdFZKVeTuE8sk7oOcBrzbqgy")}\"")
        .Ignores("slack-config-access-token", "too short", $"token: {SlackConfigAccess[..100]}")
        .Ignores("slack-config-refresh-token", "too short", $"value: {SlackConfigRefresh[..120]}")
        .Ignores("slack-bot-token", "placeholder", "xo" + "xb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx")
        .Ignores("slack-user-token", "short groups", "xo" + "xp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d")
        .Ignores("slack-app-token", "too short", "xa" + "pp-1-A052")
        .Ignores("slack-legacy-token", "letters only", "xo" + "xa-" + FakeKey.Random(TestKeys.Letters, 20))
        .Ignores("slack-legacy-token", "a file name", "https://indieweb.org/images/3/35/2018-250-xo" + "xo-indieweb-1.jpg")
        .Ignores("slack-webhook-url", "path too short", "https://hooks." + "slack.com/services/T000/B000/XXXX")
        .Finds("slack-session-token", SessionToken, "SLACK_MCP_XOXC_TOKEN")
        .Ignores("slack-session-token", "one digit short", $"value: {SessionToken[..^1]}")
        .Finds("slack-session-cookie", SessionCookie, "SLACK_MCP_XOXD_TOKEN")
        .Ignores("slack-session-cookie", "too short", $"value: xoxd-{FakeKey.Random(FakeKey.Base62, 40, 47)}")
        .FindsIn("slack-user-token", "a 2014 user token ending in 10 hex digits", $"slack = Slacker('{OldUserToken}')", OldUserToken)
        .FindsIn("slack-signing-secret", "Bolt for Python", $"app = App(\n    token=os.environ[\"SLACK_BOT_TOKEN\"],\n    signing_secret=\"{SigningSecret}\",\n)\n", SigningSecret)
        .Ignores("slack-signing-secret", "a signing secret read from the environment", "app = App(token=os.environ[\"SLACK_BOT_TOKEN\"], signing_secret=os.environ[\"SLACK_SIGNING_SECRET\"])");
}
