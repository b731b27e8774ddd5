using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class IftttRules
{
    private static readonly Remediation Remediation = new("https://ifttt.com/maker_webhooks/settings", "Ifttt:WebhookKey", "IFTTT_WEBHOOK_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The key of IFTTT's Webhooks service starts any of the account's applets that listen for a web request.
        new SecretRule(
            "ifttt-webhook-key",
            "IFTTT",
            "IFTTT Webhooks (Maker) key in a trigger URL",
            "https://maker\\.ifttt\\.com/(?:trigger/[A-Za-z0-9_-]{1,100}/(?:json/)?with/key|use)/(?<secret>[A-Za-z0-9_-]{22}(?:[A-Za-z0-9_-]{21})?)(?:$|[^A-Za-z0-9_-])",
            new[] { "maker.ifttt.com" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
    };
}
