using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CloudflareRules
{
    private static readonly Remediation Remediation = new("https://dash.cloudflare.com/profile/api-tokens", "Cloudflare:ApiToken", "CLOUDFLARE_API_TOKEN");

    // lego's DNS provider (Traefik's, Caddy's and cert-manager's ACME challenges) reads CF_DNS_API_TOKEN and CF_ZONE_API_TOKEN.
    private static readonly string[] CloudflareApiTokenContext = { "cloudflare", "CF_API_TOKEN", "CF_DNS_API_TOKEN", "CF_ZONE_API_TOKEN" };

    // X-Auth-Key is the header the global key is sent in (beside X-Auth-Email); no other key of 37 hex digits uses it.
    private static readonly string[] CloudflareGlobalApiKeyContext = { "cloudflare", "CF_API_KEY", "X-Auth-Key" };

    private static readonly string[] R2Context = { "r2.cloudflarestorage.com", "cloudflarestorage", "r2_secret", "R2SecretAccessKey" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "cloudflare-origin-ca-key",
            "Cloudflare",
            "Cloudflare Origin CA key",
            Patterns.Token("v1\\.0-[a-f0-9]{24}-[a-f0-9]{128,160}", Patterns.UrlSafeOrDot),
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

        // API tokens and global API keys issued since April 2026 (every new or rolled one): a prefix, 40 characters and
        // a CRC32 checksum of 8. cfk_ is the account's global API key, cfut_ a user's API token, cfat_ an account's.
        new SecretRule(
            "cloudflare-api-credential",
            "Cloudflare",
            "Cloudflare API token or global API key (cfut_, cfat_, cfk_)",
            Patterns.Token("cf(?:k|ut|at)_[A-Za-z0-9]{48}", Patterns.Base62),
            new[] { "cfk_", "cfut_", "cfat_" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },

        // The OAuth access token wrangler login and Cloudflare's MCP servers hold: "cfoat_", then two parts of 43.
        new SecretRule(
            "cloudflare-oauth-token",
            "Cloudflare",
            "Cloudflare OAuth access token (cfoat_, from wrangler login or an MCP server)",
            Patterns.Token("cfoat_[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}", Patterns.UrlSafeOrDot),
            new[] { "cfoat_" },
            Remediation)
        {
            MinEntropy = 4,
        },

        // cloudflared's tunnel token: base 64 of {"a":account,"t":tunnel,"s":secret}. Whoever holds it runs the tunnel
        // and receives the traffic of every hostname routed to it.
        new SecretRule(
            "cloudflare-tunnel-token",
            "Cloudflare",
            "Cloudflare Tunnel token (cloudflared)",
            Patterns.Token("eyJhIjoi[A-Za-z0-9+/]{100,400}={0,2}", Patterns.Base64),
            new[] { "eyJhIjoi" },
            new Remediation("https://one.dash.cloudflare.com/?to=/:account/networks/tunnels", "Cloudflare:TunnelToken", "TUNNEL_TOKEN"))
        {
            MinEntropy = 4,
            IsPlausible = IsTunnelToken,
        },

        // Turnstile's secret key (35 characters); the site key beside it has the same prefix, is shorter, and is meant to
        // be in every page that shows the widget.
        new SecretRule(
            "cloudflare-turnstile-secret-key",
            "Cloudflare",
            "Cloudflare Turnstile secret key",
            Patterns.Token("0x4AAAAA[A-Za-z0-9_-]{27}"),
            new[] { "0x4AAAAA" },
            new Remediation("https://dash.cloudflare.com/?to=/:account/turnstile", "Turnstile:SecretKey", "TURNSTILE_SECRET_KEY"))
        {
            MinEntropy = 3.5,

            // Every key starts "0x4AAAAAAA".
            RunsBelongToFormat = true,
        },
    };

    /// <summary>Base 64 of a JSON object with the account ("a"), the tunnel ("t") and the secret ("s").</summary>
    private static bool IsTunnelToken(string value)
    {
        var json = UnpaddedBase64.Decode(value);
        return json is not null
            && json.StartsWith("{\"a\":\"", StringComparison.Ordinal)
            && json.Contains("\"t\":\"")
            && json.Contains("\"s\":\"");
    }
}
