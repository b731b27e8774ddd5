using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WebhookSecretRules
{
    private static readonly Remediation Remediation = new("https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries", "Webhooks:Secret", "WEBHOOK_SECRET")
    {
        Steps = new[]
        {
            "Set a new secret on the webhook at the sender and in the receiver: whoever has the old one can send the receiver requests that pass its signature check.",
            "Read the secret from configuration or a secret store in the receiver, and keep it out of the repository.",
        },
    };

    // The secret a webhook's deliveries are signed with (GitHub's, GitLab's, a chat or payment platform's, an app's own):
    // a random value under a webhook secret's name (webhook_secret, WEBHOOK_SIGNING_KEY, webhookSecret). People choose
    // these, so only a value that reads as random counts; a provider's own format (Stripe's whsec_…) is its rule's.
    // "webhook" alone is in every codebase that sends one, so the keywords are the names.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "webhook-secret",
            "Generic",
            "Secret that signs a webhook's deliveries, under a webhook secret's name",
            Patterns.AssignedTo("webhook[_-]?(?:signing[_-]?)?(?:secret|key|token)", "[A-Za-z0-9_+/=.-]{20,128}", "A-Za-z0-9._+/=-"),
            new[] { "webhook_secret", "webhook-secret", "webhooksecret", "webhook_signing", "webhook-signing", "webhooksigning", "webhook_key", "webhookkey", "webhook_token", "webhooktoken" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.5,
            IsPlausible = GenericValue.IsPlausible,
            Allowlist = GenericRules.NotSecretNames,
            MadeLocally = true,
            IsFallback = true,
        },
    };
}
