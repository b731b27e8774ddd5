using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MicrosoftTeamsRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", "Teams:WebhookUrl", "TEAMS_WEBHOOK_URL");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "microsoft-teams-webhook-url",
            "Microsoft Teams",
            "Microsoft Teams incoming webhook URL (webhook.office.com, and the older outlook.office.com)",
            Patterns.Token("https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/" + Patterns.Uuid + "@" + Patterns.Uuid + "/IncomingWebhook/[a-f0-9]{32}/" + Patterns.Uuid + "(?:/[A-Za-z0-9_-]{20,80})?", Patterns.UrlSafeOrDot),
            new[] { "webhook.office.com", "outlook.office.com/webhook", "outlook.office365.com/webhook" },
            Remediation)
        {
            MinEntropy = 3,
        },
        // Workflows started by an HTTP request: Logic Apps URLs, and since 2025 Power Platform ones, which Teams'
        // incoming webhooks moved to. The sig parameter alone lets anyone post.
        // The query may write its "&" as "&amp;" (web.config) or "\u0026" (JSON from ConvertTo-Json and ARM).
        new SecretRule(
            "microsoft-teams-workflow-url",
            "Microsoft Teams",
            "Microsoft Teams / Power Automate workflow URL signature",
            "(?:logic\\.azure\\.com(?::443)?|environment\\.api\\.powerplatform\\.com(?::443)?/powerautomate/automations/direct)/workflows/[a-f0-9]{32}/triggers/[A-Za-z0-9_]{1,40}/paths/invoke\\?[A-Za-z0-9_.%=&;\\\\-]{0,300}sig=(?<secret>[A-Za-z0-9_-]{43})(?:$|[^A-Za-z0-9_-])",
            new[] { "logic.azure.com", "powerplatform.com" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
