using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CloudflareRulesSamples
{
    private static readonly string CloudflareOriginCaKeyKey = FakeKey.Of("v1", ".0-", FakeKey.Random(FakeKey.Hex, 24, 1), "-", FakeKey.Random(FakeKey.Hex, 146, 2));

    private static readonly string CloudflareApiTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 40, 11));

    private static readonly string CloudflareGlobalApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 37, 21));

    private static readonly string OAuthToken = FakeKey.Of("cf", "oat_", FakeKey.Random(FakeKey.UrlSafe, 43, 51), ".", FakeKey.Random(FakeKey.UrlSafe, 43, 52));

    private static readonly string R2Secret = FakeKey.Random(FakeKey.Hex, 64, 21);

    private static readonly string ApiCredential = FakeKey.Of("cf", "ut_", FakeKey.Random(FakeKey.Base62, 40, 31), FakeKey.Random(FakeKey.Hex, 8, 32));

    private static readonly string TunnelToken = FakeKey.Base64Of(
        FakeKey.Of("{\"a\":\"", FakeKey.Random(FakeKey.Hex, 32, 33), "\",\"t\":\"", TestKeys.Uuid(34), "\",\"s\":\"", FakeKey.Base64Of(FakeKey.Random(FakeKey.Base62, 32, 39)), "\"}")).TrimEnd('=');

    private static readonly string NotATunnelToken = FakeKey.Base64Of(FakeKey.Of("{\"a\":\"", FakeKey.Random(FakeKey.Base62, 150, 40), "\"}"));

    private static readonly string TurnstileSecret = FakeKey.Of("0x4", "AAAAAAA", FakeKey.Random(FakeKey.UrlSafe, 25, 41));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cloudflare-r2-secret-access-key", R2Secret, "R2_SECRET_ACCESS_KEY")
        .FindsIn("cloudflare-r2-secret-access-key", "an S3 client pointed at R2", $"s3 = boto3.client(\"s3\",\n    endpoint_url=\"https://0123456789abcdef.r2.cloudflarestorage.com\",\n    aws_access_key_id=access_key_id,\n    aws_secret_access_key=\"{R2Secret}\")", R2Secret)
        .Ignores("cloudflare-r2-secret-access-key", "a SHA-256 digest, no R2 near", $"sha256: {R2Secret}")
        .Finds("cloudflare-origin-ca-key", CloudflareOriginCaKeyKey, "API_KEY")
        .Ignores("cloudflare-origin-ca-key", "a second part shorter than any key's", $"value: {CloudflareOriginCaKeyKey[..^19]}")
        .FindsIn("cloudflare-origin-ca-key", "a key whose second part is 142 hex digits", $"CF_ORIGIN_CA_KEY={CloudflareOriginCaKeyKey[..^4]}", CloudflareOriginCaKeyKey[..^4])
        .FindsIn("cloudflare-global-api-key", "the X-Auth-Key header", $"curl_setopt($ch, CURLOPT_HTTPHEADER, [\"X-Auth-Email: ops@example.test\", \"X-Auth-Key: {CloudflareGlobalApiKeyKey}\"]);", CloudflareGlobalApiKeyKey)
        .Ignores("cloudflare-origin-ca-key", "the example key of Cloudflare's docs", $"user_service_key = \"{FakeKey.Of("v1.0-144c9defac04969c7bfad8ef-631a41d003", "a32d25fe878081ef365c49503f7fada600da935e2851a1c7326084b85cbf6429c4b859", "de8475731dc92a9c329631e6d59e6c73da7b198497172b4cefe071d90d0f5d2719")}\"")
        .FindsIn("cloudflare-oauth-token", "wrangler's OAuth token as an API token", $"$env:CLOUDFLARE_API_TOKEN = \"{OAuthToken}\"", OAuthToken)
        .Ignores("cloudflare-oauth-token", "its second part one character short", $"value: {OAuthToken[..^1]}")
        .Ignores("cloudflare-origin-ca-key", "embedded in a longer token", "value: Q" + CloudflareOriginCaKeyKey)
        .Finds("cloudflare-api-token", CloudflareApiTokenKey, "CLOUDFLARE_API_TOKEN")
        .FindsIn("cloudflare-api-token", "Traefik's ACME DNS challenge", $"CF_API_EMAIL=infra@example.org\nCF_DNS_API_TOKEN={CloudflareApiTokenKey}\nTRAEFIK_LOG_LEVEL=INFO\n", CloudflareApiTokenKey)
        .Ignores("cloudflare-api-token", "no cloudflare context", $"\"checksum\": \"{CloudflareApiTokenKey}\"")
        .Ignores("cloudflare-api-token", "one character short", $"cloudflare: {CloudflareApiTokenKey[..^1]}")
        .Finds("cloudflare-global-api-key", CloudflareGlobalApiKeyKey, "CLOUDFLARE_API_KEY")
        .Ignores("cloudflare-global-api-key", "no cloudflare context", $"\"checksum\": \"{CloudflareGlobalApiKeyKey}\"")
        .Ignores("cloudflare-global-api-key", "one character short", $"cloudflare: {CloudflareGlobalApiKeyKey[..^1]}")
        .Finds("cloudflare-api-credential", ApiCredential, "CLOUDFLARE_API_TOKEN")
        .FindsIn("cloudflare-api-credential", "a global API key in wrangler's environment", $"export CLOUDFLARE_API_KEY=cfk_{ApiCredential[5..]}\n", "cfk_" + ApiCredential[5..])
        .Ignores("cloudflare-api-credential", "one character short", $"value: {ApiCredential[..^1]}")
        .FindsIn("cloudflare-tunnel-token", "a compose file", $"    command: tunnel --no-autoupdate run\n    environment:\n      - TUNNEL_TOKEN={TunnelToken}\n", TunnelToken)
        .FindsIn("cloudflare-tunnel-token", "cloudflared service install", $"sudo cloudflared service install {TunnelToken}\n", TunnelToken)
        .Ignores("cloudflare-tunnel-token", "base 64 of other JSON", $"data: {NotATunnelToken}")
        .Finds("cloudflare-turnstile-secret-key", TurnstileSecret, "TURNSTILE_SECRET_KEY")
        .Ignores("cloudflare-turnstile-secret-key", "the site key", $"<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA{FakeKey.Random(FakeKey.UrlSafe, 14, 42)}\"></div>")
        .Ignores("cloudflare-api-token", "a generated client's type name", "CloudflareAccountCreateRequestData_12345: CloudflareAccountCreateRequestData_12345.Data,");
}
