using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DingTalkRulesSamples
{
    private static readonly string Key = FakeKey.Of("https://oapi.dingtalk.com/robot/send?access", "_token=", FakeKey.Random(FakeKey.Hex, 64, 77));

    private static readonly string Secret = FakeKey.Of("SEC", FakeKey.Random(FakeKey.Hex, 64, 78));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("dingtalk-webhook-url", "a Python alert script", $"webhook = \"{Key}\"\n", Key)
        .FindsIn("dingtalk-robot-secret", "beside the webhook", $"DINGTALK_SECRET={Secret}\n", Secret)
        .Ignores("dingtalk-webhook-url", "a placeholder", "webhook = \"https://oapi.dingtalk.com/robot/send?access_token=xxxxxxxx\"")
        .Ignores("dingtalk-robot-secret", "no DingTalk near", $"sha: {Secret}");
}
