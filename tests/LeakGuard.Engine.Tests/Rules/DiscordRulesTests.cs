using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class DiscordRulesTests
{
    private static readonly string DiscordBotTokenKey = FakeKey.Of("M", FakeKey.Random(FakeKey.UrlSafe, 23, 1), ".", FakeKey.Random(FakeKey.UrlSafe, 6, 2), ".", FakeKey.Random(FakeKey.UrlSafe, 38, 3));

    private static readonly string DiscordWebhookUrlKey = FakeKey.Of("https://", "discord.", "com/api/webhooks/", FakeKey.Random(TestKeys.Digits, 19, 11), "/", FakeKey.Random(FakeKey.UrlSafe, 68, 12));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("discord-bot-token", DiscordBotTokenKey, "DISCORD_BOT_TOKEN")
        .Ignores("discord-bot-token", "no discord context", $"\"checksum\": \"{DiscordBotTokenKey}\"")
        .Ignores("discord-bot-token", "third part too short", $"discord: {DiscordBotTokenKey[..^12]}")
        .Finds("discord-webhook-url", DiscordWebhookUrlKey, "API_KEY")
        .Ignores("discord-webhook-url", "token too short", $"value: {DiscordWebhookUrlKey[..^9]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
