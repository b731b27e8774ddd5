using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Engine.Rules;

internal static class DiscordRules
{
    private static readonly Remediation Remediation = new("https://discord.com/developers/applications", "Discord:BotToken", "DISCORD_BOT_TOKEN");

    // Discord's name, or the names and calls a bot's token goes by (a .env's BOT_TOKEN, discord.py's client.run,
    // discord.js's client.login), which often stand without it. A bot's config.json holds it as "token" with nothing
    // else of Discord's: with the token's own check (its first part is the bot's id in base 64) that key is enough.
    // Discord.Net and DSharpPlus log a bot in with TokenType.Bot.
    private static readonly string[] DiscordBotTokenContext = { "discord", "bot_token", "bottoken", "bot-token", "client.run(", "client.login(", "bot.run(", "\"token\"", "'token'", "TokenType.Bot" };

    private static readonly string[] PublicNames = { "client_id", "clientid", "application_id", "applicationid", "public_key", "publickey" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "discord-bot-token",
            "Discord",
            "Discord bot token (next to Discord's name or a bot token's)",
            Patterns.Token("[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}", Patterns.UrlSafeOrDot),
            DiscordBotTokenContext,
            Remediation,
            minEntropy: 4,
            isPlausible: StartsWithTheBotsId),
        new SecretRule(
            "discord-webhook-url",
            "Discord",
            "Discord webhook URL",
            Patterns.Token("https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}", Patterns.UrlSafeOrDot),
            new[] { "discord.com/api/webhooks", "discordapp.com/api/webhooks" },
            Remediation)
        {
            MinEntropy = 3.5,
        },

        // An application's OAuth2 client secret: 32 characters, so Discord must be near, and a secret's or Discord's name.
        new SecretRule(
            "discord-client-secret",
            "Discord",
            "Discord OAuth2 client secret (32 characters under a secret's or Discord's name)",
            Patterns.AssignedTo("(?:secret|discord)", "[A-Za-z0-9_-]{32}"),
            DiscordBotTokenContext,
            new Remediation("https://discord.com/developers/applications", "Discord:ClientSecret", "DISCORD_CLIENT_SECRET"))
        {
            Confidence = Confidence.Medium,
            ContextKeywords = DiscordBotTokenContext,
            PublicNames = PublicNames,
            MinEntropy = 3.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };

    /// <summary>A bot token's first part is its user id (a snowflake of 17 to 20 digits) in base 64.</summary>
    private static bool StartsWithTheBotsId(string token)
    {
        var digits = UnpaddedBase64.Decode(token.Substring(0, token.IndexOf('.')));
        return digits is { Length: >= 17 and <= 20 } && digits.All(c => c is >= '0' and <= '9');
    }
}
