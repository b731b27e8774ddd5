using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WeComRules
{
    private static readonly Remediation Remediation = new("https://developer.work.weixin.qq.com/document/path/91770", "WeCom:WebhookUrl", "WECOM_WEBHOOK_URL");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "wecom-webhook-url",
            "WeCom",
            "WeCom (WeChat Work) group robot webhook URL",
            Patterns.Token("https://qyapi\\.weixin\\.qq\\.com/cgi-bin/webhook/send\\?key=" + Patterns.Uuid, Patterns.UrlSafeOrDot),
            new[] { "qyapi.weixin.qq.com" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
