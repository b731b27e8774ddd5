using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GoogleCloudStorageRulesSamples
{
    private static readonly string ServiceAccountId = FakeKey.Of("GOOG", "1E", FakeKey.Random(TestKeys.UpperAlphanumeric, 55, 1));

    private static readonly string UserId = FakeKey.Of("GOOG", FakeKey.Random(TestKeys.UpperAlphanumeric, 20, 2));

    private static readonly string Secret = FakeKey.Random(FakeKey.Base64, 40, 3);

    private static readonly string LegacyId = FakeKey.Of("GOOG", FakeKey.Random(TestKeys.UpperAlphanumeric, 16, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("gcs-hmac-key-pair", "boto's configuration", $"[Credentials]\ngs_access_key_id = {ServiceAccountId}\ngs_secret_access_key = {Secret}\n", $"{ServiceAccountId}\ngs_secret_access_key = {Secret}")
        .FindsIn("gcs-hmac-key-pair", "an S3 client pointed at Cloud Storage", $"AccessKey = \"{UserId}\", SecretKey = \"{Secret}\",", $"{UserId}\", SecretKey = \"{Secret}")
        .Ignores("gcs-hmac-key-pair", "the access id alone", $"bucket owner: {ServiceAccountId}\n")
        .FindsIn("gcs-hmac-key-pair", "boto's configuration with a legacy id of 20 characters", $"gs_access_key_id = {LegacyId}\ngs_secret_access_key = {Secret}\n", $"{LegacyId}\ngs_secret_access_key = {Secret}");
}
