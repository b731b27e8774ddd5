using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DiscordRulesSamples
{
    private static readonly string DiscordBotTokenKey = FakeKey.Of(BotId(FakeKey.Of("1", FakeKey.Random(TestKeys.Digits, 17, 1))), ".", FakeKey.Random(FakeKey.UrlSafe, 6, 2), ".", FakeKey.Random(FakeKey.UrlSafe, 38, 3));

    private static readonly string NotABotsId = FakeKey.Of("M", FakeKey.Random(FakeKey.UrlSafe, 23, 4), ".", FakeKey.Random(FakeKey.UrlSafe, 6, 5), ".", FakeKey.Random(FakeKey.UrlSafe, 38, 6));

    private static readonly string DiscordWebhookUrlKey = FakeKey.Of("https://", "discord.", "com/api/webhooks/", FakeKey.Random(TestKeys.Digits, 19, 11), "/", FakeKey.Random(FakeKey.UrlSafe, 68, 12));

    private static readonly string ClientSecret = FakeKey.Random(FakeKey.UrlSafe, 32, 13);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("discord-client-secret", ClientSecret, "DISCORD_CLIENT_SECRET")
        .FindsIn("discord-client-secret", "ASP.NET Core's Discord sign-in", $"services.AddAuthentication().AddDiscord(o =>\n{{\n    o.ClientId = \"123456789012345678\";\n    o.ClientSecret = \"{ClientSecret}\";\n}});", ClientSecret)
        .FindsIn("discord-client-secret", "under Discord's name", $"discord_token: '{ClientSecret}'", ClientSecret)
        .Ignores("discord-client-secret", "the client id's name", $"DISCORD_CLIENT_ID: {ClientSecret}")
        .Finds("discord-bot-token", DiscordBotTokenKey, "DISCORD_BOT_TOKEN")
        .Ignores("discord-bot-token", "the bot token of Discord's API documentation", $"discord: Authorization: Bot {FakeKey.Of("MTk4NjIyNDgzNDcxOTI1MjQ4", ".Cl2FMQ.", "ZnCjm1XVW7vRze4b7Cq4se7kKWs")}")
        .Ignores("discord-bot-token", "no discord context", $"\"checksum\": \"{DiscordBotTokenKey}\"")
        .FindsIn("discord-bot-token", "discord.py's run on a client of another name", $"aclient = client()\naclient.run('{DiscordBotTokenKey}')\n", DiscordBotTokenKey)
        .FindsIn("discord-bot-token", "Discord.Net's login, Discord not named near", $"await _client.LoginAsync(TokenType.Bot, \"{DiscordBotTokenKey}\");", DiscordBotTokenKey)
        .FindsIn("discord-bot-token", "a bot's .env, Discord not named", $"BOT_TOKEN={DiscordBotTokenKey}\nPREFIX=!\n", DiscordBotTokenKey)
        .FindsIn("discord-bot-token", "discord.js's client.login", $"client.login('{DiscordBotTokenKey}');\n", DiscordBotTokenKey)
        .FindsIn("discord-bot-token", "a bot's config.json", $"{{\n  \"token\": \"{DiscordBotTokenKey}\",\n  \"prefix\": \"!\"\n}}", DiscordBotTokenKey)
        .Ignores("discord-bot-token", "three dotted parts under \"token\" that are not a bot's id", $"{{ \"token\": \"{FakeKey.Of("N", FakeKey.Random(TestKeys.Letters, 23, 40), ".", FakeKey.Random(FakeKey.UrlSafe, 6, 41), ".", FakeKey.Random(FakeKey.UrlSafe, 27, 42))}\" }}")
        .Ignores("discord-bot-token", "a first part that is no user id", $"discord: {NotABotsId}")
        .Ignores("discord-bot-token", "third part too short", $"discord: {DiscordBotTokenKey[..^12]}")
        .Finds("discord-webhook-url", DiscordWebhookUrlKey, "API_KEY")
        .Ignores("discord-webhook-url", "token too short", $"value: {DiscordWebhookUrlKey[..^9]}");

    private static string BotId(string snowflake) => FakeKey.Base64Of(snowflake).TrimEnd('=');
}
