using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TelegramRules
{
    private static readonly Remediation Remediation = new("https://t.me/BotFather", "Telegram:BotToken", "TELEGRAM_BOT_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "telegram-bot-token",
            "Telegram",
            "Telegram bot token",
            Patterns.Token("[0-9]{8,12}:AA[A-Za-z0-9_-]{33}"),
            new[] { ":AA" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
