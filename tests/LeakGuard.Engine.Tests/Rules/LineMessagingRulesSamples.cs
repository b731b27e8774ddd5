using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LineMessagingRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 150, 1), "dB04t89", "/1O/w1cDnyilFU=");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("line-channel-access-token", Key, "LINE_CHANNEL_ACCESS_TOKEN")
        .FindsIn("line-channel-access-token", "a bot's config", $"const config = {{\n  channelAccessToken: '{Key}',\n}};", Key)
        .Ignores("line-channel-access-token", "the tail alone", "value: dB04t89/1O/w1cDnyilFU=");
}
