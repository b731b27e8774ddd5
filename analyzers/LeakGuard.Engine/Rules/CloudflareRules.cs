using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CloudflareRules
{
    private static readonly Remediation Remediation = new("https://dash.cloudflare.com/profile/api-tokens", "Cloudflare:ApiToken", "CLOUDFLARE_API_TOKEN");

    private static readonly string[] CloudflareApiTokenContext = { "cloudflare", "CF_API_TOKEN" };

    private static readonly string[] CloudflareGlobalApiKeyContext = { "cloudflare", "CF_API_KEY" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "cloudflare-origin-ca-key",
            "Cloudflare",
            "Cloudflare Origin CA key",
            Patterns.Token("v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}", Patterns.UrlSafeOrDot),
            new[] { "v1.0-" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "cloudflare-api-token",
            "Cloudflare",
            "Cloudflare API token (40 characters next to the word Cloudflare)",
            Patterns.Token("[A-Za-z0-9_-]{40}"),
            CloudflareApiTokenContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = CloudflareApiTokenContext,
            MinEntropy = 4,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value) && Plausibility.HasUpperAndLower(value),
        },
        new SecretRule(
            "cloudflare-global-api-key",
            "Cloudflare",
            "Cloudflare global API key (37 hex digits next to the word Cloudflare)",
            Patterns.Token("[a-f0-9]{37}", Patterns.Base62),
            CloudflareGlobalApiKeyContext,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = CloudflareGlobalApiKeyContext,
            MinEntropy = 3,
        },
    };
}
