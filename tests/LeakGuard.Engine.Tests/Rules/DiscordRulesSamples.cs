using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DiscordRulesSamples
{
    private static readonly string DiscordBotTokenKey = FakeKey.Of("M", FakeKey.Random(FakeKey.UrlSafe, 23, 1), ".", FakeKey.Random(FakeKey.UrlSafe, 6, 2), ".", FakeKey.Random(FakeKey.UrlSafe, 38, 3));

    private static readonly string DiscordWebhookUrlKey = FakeKey.Of("https://", "discord.", "com/api/webhooks/", FakeKey.Random(TestKeys.Digits, 19, 11), "/", FakeKey.Random(FakeKey.UrlSafe, 68, 12));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("discord-bot-token", DiscordBotTokenKey, "DISCORD_BOT_TOKEN")
        .Ignores("discord-bot-token", "no discord context", $"\"checksum\": \"{DiscordBotTokenKey}\"")
        .Ignores("discord-bot-token", "third part too short", $"discord: {DiscordBotTokenKey[..^12]}")
        .Finds("discord-webhook-url", DiscordWebhookUrlKey, "API_KEY")
        .Ignores("discord-webhook-url", "token too short", $"value: {DiscordWebhookUrlKey[..^9]}");
}
