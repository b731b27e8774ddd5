using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WeComRulesSamples
{
    private static readonly string Key = FakeKey.Of("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?", "key=", TestKeys.Uuid(84));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("wecom-webhook-url", "an alerting configuration", $"WECOM_WEBHOOK={Key}\n", Key)
        .Ignores("wecom-webhook-url", "a placeholder", "WECOM_WEBHOOK=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
}
