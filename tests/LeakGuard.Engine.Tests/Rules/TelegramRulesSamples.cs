using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TelegramRulesSamples
{
    private static readonly string TelegramBotTokenKey = FakeKey.Of(FakeKey.Random(TestKeys.Digits, 10, 1), ":AA", FakeKey.Random(FakeKey.UrlSafe, 33, 2));

    private static readonly string ElevenDigitBotToken = FakeKey.Of(FakeKey.Random(TestKeys.Digits, 11, 3), ":AA", FakeKey.Random(FakeKey.UrlSafe, 33, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("telegram-bot-token", TelegramBotTokenKey, "API_KEY")
        .FindsIn("telegram-bot-token", "a bot id of 11 digits, as ids keep growing", $"BOT_TOKEN={ElevenDigitBotToken}", ElevenDigitBotToken)
        .FindsIn("telegram-bot-token", "the Bot API's URL, where \"bot\" runs into the token", $"file_get_contents(\"https://api.telegram.org/bot{TelegramBotTokenKey}/sendMessage?chat_id=$chatId&text=$text\");", TelegramBotTokenKey)
        .Ignores("telegram-bot-token", "one character short", $"value: {TelegramBotTokenKey[..^1]}")
        .Ignores("telegram-bot-token", "embedded in a longer token", "value: Q" + TelegramBotTokenKey)
        .Ignores("telegram-bot-token", "embedded after other letters than \"bot\"", "value: abut" + TelegramBotTokenKey);
}
