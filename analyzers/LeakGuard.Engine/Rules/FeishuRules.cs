using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FeishuRules
{
    private static readonly Remediation Remediation = new("https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot", "Feishu:WebhookUrl", "FEISHU_WEBHOOK_URL");

    private static readonly Remediation AppSecretRemediation = new("https://open.feishu.cn/app", "Feishu:AppSecret", "FEISHU_APP_SECRET");

    // Feishu's and Lark's names, their SDKs (lark-oapi, larksuiteoapi) and an app's id ("cli_" and 16 hex digits),
    // which stands beside its secret.
    private static readonly string[] AppSecretContext = { "feishu", "larksuite", "lark_oapi", "lark-oapi", "larkoapi", "cli_" };

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

        // An app's secret: 32 letters and digits, which with its id gets the tenant access token of the app's APIs
        // (messages, documents, contacts of the whole organization).
        ContextGatedRule.Create(
            "feishu-app-secret",
            "Feishu",
            "Feishu or Lark app secret (32 letters and digits next to Feishu's name or an app id)",
            Patterns.Token("[A-Za-z0-9]{32}"),
            AppSecretContext,
            AppSecretRemediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
