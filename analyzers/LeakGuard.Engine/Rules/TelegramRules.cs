using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TelegramRules
{
    private static readonly Remediation Remediation = new("https://t.me/BotFather", "Telegram:BotToken", "TELEGRAM_BOT_TOKEN");

    // A bot's id, ":AA" and 33 URL-safe characters; in the Bot API's URLs it follows "bot" with nothing between
    // (https://api.telegram.org/bot123456789:AA…/sendMessage), the way most tokens leak.
    private const string BotToken = "[0-9]{8,12}:AA[A-Za-z0-9_-]{33}";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "telegram-bot-token",
            "Telegram",
            "Telegram bot token",
            $"(?:^|[^{Patterns.UrlSafe}]|bot)(?<secret>{BotToken})(?:$|[^{Patterns.UrlSafe}])",
            new[] { ":AA" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
