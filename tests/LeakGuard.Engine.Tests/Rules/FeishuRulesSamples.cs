using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FeishuRulesSamples
{
    private static readonly string Key = FakeKey.Of("https://open.feishu.cn/open-apis/bot/v2", "/hook/", TestKeys.Uuid(79));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("feishu-webhook-url", "an alerting configuration", $"webhook_url: {Key}\n", Key)
        .Ignores("feishu-webhook-url", "a placeholder", "webhook_url: https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
}
