using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DingTalkRules
{
    private static readonly Remediation Remediation = new("https://open.dingtalk.com/document/robots/custom-robot-access", "DingTalk:WebhookUrl", "DINGTALK_WEBHOOK_URL");

    private static readonly string[] DingTalkContext = { "dingtalk", "oapi.dingtalk.com" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A group robot's webhook: whoever has the URL posts to the group.
        new SecretRule(
            "dingtalk-webhook-url",
            "DingTalk",
            "DingTalk robot webhook URL (access_token)",
            Patterns.Token("https://oapi\\.dingtalk\\.com/robot/send\\?access_token=[a-f0-9]{64}", Patterns.Base62),
            new[] { "oapi.dingtalk.com" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // The secret that signs a robot's webhook calls, next to DingTalk's name or webhook.
        ContextGatedRule.Create(
            "dingtalk-robot-secret",
            "DingTalk",
            "DingTalk robot signing secret (SEC and 64 hex digits)",
            Patterns.Token("SEC[a-f0-9]{64}", Patterns.Base62),
            DingTalkContext,
            Remediation,
            minEntropy: 3),
    };
}
