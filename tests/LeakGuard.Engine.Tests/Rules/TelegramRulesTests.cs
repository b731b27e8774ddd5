using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class TelegramRulesTests
{
    private static readonly string TelegramBotTokenKey = FakeKey.Of(FakeKey.Random(TestKeys.Digits, 10, 1), ":AA", FakeKey.Random(FakeKey.UrlSafe, 33, 2));

    private static readonly string ElevenDigitBotToken = FakeKey.Of(FakeKey.Random(TestKeys.Digits, 11, 3), ":AA", FakeKey.Random(FakeKey.UrlSafe, 33, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("telegram-bot-token", TelegramBotTokenKey, "API_KEY")
        .FindsIn("telegram-bot-token", "a bot id of 11 digits, as ids keep growing", $"BOT_TOKEN={ElevenDigitBotToken}", ElevenDigitBotToken)
        .Ignores("telegram-bot-token", "one character short", $"value: {TelegramBotTokenKey[..^1]}")
        .Ignores("telegram-bot-token", "embedded in a longer token", "value: Q" + TelegramBotTokenKey);

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
