using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CloudflareRulesSamples
{
    private static readonly string CloudflareOriginCaKeyKey = FakeKey.Of("v1", ".0-", FakeKey.Random(FakeKey.Hex, 24, 1), "-", FakeKey.Random(FakeKey.Hex, 146, 2));

    private static readonly string CloudflareApiTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 40, 11));

    private static readonly string CloudflareGlobalApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 37, 21));

    private static readonly string R2Secret = FakeKey.Random(FakeKey.Hex, 64, 21);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cloudflare-r2-secret-access-key", R2Secret, "R2_SECRET_ACCESS_KEY")
        .FindsIn("cloudflare-r2-secret-access-key", "an S3 client pointed at R2", $"s3 = boto3.client(\"s3\",\n    endpoint_url=\"https://0123456789abcdef.r2.cloudflarestorage.com\",\n    aws_access_key_id=access_key_id,\n    aws_secret_access_key=\"{R2Secret}\")", R2Secret)
        .Ignores("cloudflare-r2-secret-access-key", "a SHA-256 digest, no R2 near", $"sha256: {R2Secret}")
        .Finds("cloudflare-origin-ca-key", CloudflareOriginCaKeyKey, "API_KEY")
        .Ignores("cloudflare-origin-ca-key", "one character short", $"value: {CloudflareOriginCaKeyKey[..^1]}")
        .Ignores("cloudflare-origin-ca-key", "embedded in a longer token", "value: Q" + CloudflareOriginCaKeyKey)
        .Finds("cloudflare-api-token", CloudflareApiTokenKey, "CLOUDFLARE_API_TOKEN")
        .Ignores("cloudflare-api-token", "no cloudflare context", $"\"checksum\": \"{CloudflareApiTokenKey}\"")
        .Ignores("cloudflare-api-token", "one character short", $"cloudflare: {CloudflareApiTokenKey[..^1]}")
        .Finds("cloudflare-global-api-key", CloudflareGlobalApiKeyKey, "CLOUDFLARE_API_KEY")
        .Ignores("cloudflare-global-api-key", "no cloudflare context", $"\"checksum\": \"{CloudflareGlobalApiKeyKey}\"")
        .Ignores("cloudflare-global-api-key", "one character short", $"cloudflare: {CloudflareGlobalApiKeyKey[..^1]}");
}
