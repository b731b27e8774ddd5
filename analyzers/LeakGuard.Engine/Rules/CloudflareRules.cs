using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CloudflareRules
{
    private static readonly Remediation Remediation = new("https://dash.cloudflare.com/profile/api-tokens", "Cloudflare:ApiToken", "CLOUDFLARE_API_TOKEN");

    private static readonly string[] CloudflareApiTokenContext = { "cloudflare", "CF_API_TOKEN" };

    private static readonly string[] CloudflareGlobalApiKeyContext = { "cloudflare", "CF_API_KEY" };

    private static readonly string[] R2Context = { "r2.cloudflarestorage.com", "cloudflarestorage", "r2_secret", "R2SecretAccessKey" };

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
        ContextGatedRule.Create(
            "cloudflare-api-token",
            "Cloudflare",
            "Cloudflare API token (40 characters next to the word Cloudflare)",
            Patterns.Token("[A-Za-z0-9_-]{40}"),
            CloudflareApiTokenContext,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
        ContextGatedRule.Create(
            "cloudflare-global-api-key",
            "Cloudflare",
            "Cloudflare global API key (37 hex digits next to the word Cloudflare)",
            Patterns.Token("[a-f0-9]{37}", Patterns.Base62),
            CloudflareGlobalApiKeyContext,
            Remediation,
            minEntropy: 3),

        // R2's S3-compatible credentials: a secret access key of 64 hex digits (the SHA-256 of an API token), used with
        // the account's r2.cloudflarestorage.com endpoint. It reads and writes every bucket the token may.
        ContextGatedRule.Create(
            "cloudflare-r2-secret-access-key",
            "Cloudflare",
            "Cloudflare R2 secret access key (64 hex digits next to an R2 endpoint or setting)",
            Patterns.Token("[a-f0-9]{64}", Patterns.Base62),
            R2Context,
            new Remediation("https://dash.cloudflare.com/?to=/:account/r2/api-tokens", "Cloudflare:StorageSecretAccessKey", "R2_SECRET_ACCESS_KEY"),
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 4)),
    };
}
