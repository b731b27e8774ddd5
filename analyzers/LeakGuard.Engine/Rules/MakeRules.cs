using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MakeRules
{
    private static readonly Remediation Remediation = new("https://www.make.com/en/help/tools/webhooks", "Make:WebhookUrl", "MAKE_WEBHOOK_URL");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Whoever has the URL starts the scenario with data of their choosing.
        new SecretRule(
            "make-webhook-url",
            "Make",
            "Make (Integromat) webhook URL",
            Patterns.Token("https://hook\\.(?:(?:eu1|eu2|us1|us2)\\.make|integromat)\\.com/[a-z0-9]{32}", Patterns.UrlSafeOrDot),
            new[] { ".make.com/", "hook.integromat.com" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.LastSegmentMixesLettersAndDigits,
        },
    };
}
