using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DigitalOceanRulesSamples
{
    private static readonly string DigitaloceanPatKey = FakeKey.Of("dop", "_v1_", FakeKey.Random(FakeKey.Hex, 64, 1));

    private static readonly string DigitaloceanOauthTokenKey = FakeKey.Of("doo", "_v1_", FakeKey.Random(FakeKey.Hex, 64, 11));

    private static readonly string DigitaloceanRefreshTokenKey = FakeKey.Of("dor", "_v1_", FakeKey.Random(FakeKey.Hex, 64, 21));

    private static readonly string SpacesAccessKey = FakeKey.Of("DO", "00", FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16, 31));

    private static readonly string SpacesSecretKey = FakeKey.Random(FakeKey.Base64, 43, 32);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("digitalocean-pat", DigitaloceanPatKey, "API_KEY")
        .Ignores("digitalocean-pat", "one character short", $"value: {DigitaloceanPatKey[..^1]}")
        .Ignores("digitalocean-pat", "embedded in a longer token", "value: Q" + DigitaloceanPatKey)
        .Finds("digitalocean-oauth-token", DigitaloceanOauthTokenKey, "API_KEY")
        .Ignores("digitalocean-oauth-token", "one character short", $"value: {DigitaloceanOauthTokenKey[..^1]}")
        .Ignores("digitalocean-oauth-token", "embedded in a longer token", "value: Q" + DigitaloceanOauthTokenKey)
        .Finds("digitalocean-refresh-token", DigitaloceanRefreshTokenKey, "API_KEY")
        .Ignores("digitalocean-refresh-token", "one character short", $"value: {DigitaloceanRefreshTokenKey[..^1]}")
        .Ignores("digitalocean-refresh-token", "embedded in a longer token", "value: Q" + DigitaloceanRefreshTokenKey)
        .FindsIn("digitalocean-spaces-key-pair", "Active Storage's storage.yml", $"spaces:\n  service: S3\n  endpoint: https://nyc3.digitaloceanspaces.com\n  access_key_id: {SpacesAccessKey}\n  secret_access_key: {SpacesSecretKey}\n", $"{SpacesAccessKey}\n  secret_access_key: {SpacesSecretKey}")
        .FindsIn("digitalocean-spaces-key-pair", "boto3's client arguments", $"s3 = session.client('s3', endpoint_url=ENDPOINT,\n    aws_access_key_id='{SpacesAccessKey}',\n    aws_secret_access_key='{SpacesSecretKey}')", $"{SpacesAccessKey}',\n    aws_secret_access_key='{SpacesSecretKey}")
        .Ignores("digitalocean-spaces-key-pair", "a SHA-256 digest in base 64 after the key id", $"key: {SpacesAccessKey}\ndigest: {SpacesSecretKey}=")
        .Ignores("digitalocean-spaces-key-pair", "the key id alone", $"SPACES_KEY={SpacesAccessKey}\nSPACES_BUCKET=uploads\n")
        .FindsIn("digitalocean-spaces-secret-key", "Terraform's provider block", $"provider \"digitalocean\" {{\n  spaces_access_id  = var.spaces_access_id\n  spaces_secret_key = \"{SpacesSecretKey}\"\n}}\n", SpacesSecretKey)
        .FindsIn("digitalocean-spaces-secret-key", "a .env's DO_SPACES_SECRET", $"DO_SPACES_SECRET={SpacesSecretKey}\n", SpacesSecretKey)
        .FindsIn("digitalocean-spaces-secret-key", "an S3 client's secret beside a Spaces endpoint, a setting between it and the id", $"spaces:\n  endpoint: https://fra1.digitaloceanspaces.com\n  access_key_id: {SpacesAccessKey}\n  region: fra1\n  secret_access_key: {SpacesSecretKey}\n", SpacesSecretKey)
        .Ignores("digitalocean-spaces-secret-key", "a reference to the secret", "spaces_secret_key = var.spaces_secret_key")
        .Ignores("digitalocean-spaces-secret-key", "a digest's base 64 under the name", $"spaces_secret_hash: {SpacesSecretKey}=");
}
