using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ZapierRules
{
    private static readonly Remediation Remediation = new("https://zapier.com/app/zaps", "Zapier:WebhookUrl", "ZAPIER_WEBHOOK_URL");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Whoever has the URL starts the Zap with data of their choosing.
        new SecretRule(
            "zapier-webhook-url",
            "Zapier",
            "Zapier catch hook URL",
            Patterns.Token("https://hooks\\.zapier\\.com/hooks/catch/[0-9]{4,12}/[a-z0-9]{5,12}/?", Patterns.UrlSafeOrDot),
            new[] { "hooks.zapier.com" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
