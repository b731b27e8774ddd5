using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FeishuRules
{
    private static readonly Remediation Remediation = new("https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot", "Feishu:WebhookUrl", "FEISHU_WEBHOOK_URL");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A group bot's webhook: whoever has the URL posts to the group.
        new SecretRule(
            "feishu-webhook-url",
            "Feishu",
            "Feishu or Lark custom bot webhook URL",
            Patterns.Token("https://open\\.(?:feishu\\.cn|larksuite\\.com)/open-apis/bot/v2/hook/" + Patterns.Uuid, Patterns.UrlSafeOrDot),
            new[] { "/open-apis/bot/v2/hook/" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
