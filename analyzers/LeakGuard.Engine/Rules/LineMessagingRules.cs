using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LineMessagingRules
{
    private static readonly Remediation Remediation = new("https://developers.line.biz/console/", "Line:ChannelAccessToken", "LINE_CHANNEL_ACCESS_TOKEN");

    // A LINE Messaging API channel access token (long-lived): about 170 characters of base 64 that end the same 22 characters
    // in every token. It sends messages as the channel's bot.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "line-channel-access-token",
            "LINE",
            "LINE Messaging API channel access token (long-lived, …dB04t89/1O/w1cDnyilFU=)",
            Patterns.Token("[A-Za-z0-9+/]{140,200}dB04t89/1O/w1cDnyilFU=", Patterns.Base64),
            new[] { "dB04t89/1O/w1cDnyilFU=" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
