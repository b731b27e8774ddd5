using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NewRelicRulesSamples
{
    private static readonly string NewRelicUserApiKeyKey = FakeKey.Of("NR", "AK-", FakeKey.Random(TestKeys.UpperAlphanumeric, 27, 1));

    private static readonly string NewRelicInsertKeyKey = FakeKey.Of("NR", "II-", FakeKey.Random(FakeKey.UrlSafe, 32, 11));

    private static readonly string NewRelicLicenseKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 36, 21), "NR", "AL");

    private static readonly string UsLicenseKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 22), "FFFF", "NR", "AL");

    private static readonly string EuLicenseKey = FakeKey.Of("eu01", "xx", FakeKey.Random(FakeKey.Hex, 30, 23), "NR", "AL");

    private static readonly string OlderEuLicenseKey = FakeKey.Of("eu01", "xx", FakeKey.Random(FakeKey.Hex, 34, 24));

    private static readonly string RestApiKey = FakeKey.Of("NR", "RA-", FakeKey.Random(FakeKey.Hex, 42, 31));

    private static readonly string AdminKey = FakeKey.Of("NR", "AA-", FakeKey.Random(FakeKey.Hex, 27, 32));

    private static readonly string QueryKey = FakeKey.Of("NR", "IQ-", FakeKey.Random(FakeKey.UrlSafe, 32, 33));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("new-relic-user-api-key", NewRelicUserApiKeyKey, "API_KEY")
        .Ignores("new-relic-user-api-key", "one character short", $"value: {NewRelicUserApiKeyKey[..^1]}")
        .Ignores("new-relic-user-api-key", "embedded in a longer token", "value: Q" + NewRelicUserApiKeyKey)
        .Finds("new-relic-insert-key", NewRelicInsertKeyKey, "API_KEY")
        .Ignores("new-relic-insert-key", "one character short", $"value: {NewRelicInsertKeyKey[..^1]}")
        .Ignores("new-relic-insert-key", "embedded in a longer token", "value: Q" + NewRelicInsertKeyKey)
        .Finds("new-relic-license-key", NewRelicLicenseKeyKey, "API_KEY")
        .Ignores("new-relic-license-key", "one character short", $"value: {NewRelicLicenseKeyKey[..^1]}")
        .Ignores("new-relic-license-key", "embedded in a longer token", "value: Q" + NewRelicLicenseKeyKey)
        .FindsIn("new-relic-license-key", "US key: 32 hex digits and FFFF", $"license_key: {UsLicenseKey}\n", UsLicenseKey)
        .FindsIn("new-relic-license-key", "EU key", $"ENV NEW_RELIC_LICENSE_KEY={EuLicenseKey}", EuLicenseKey)
        .FindsIn("new-relic-license-key", "older EU key with no suffix", $"NEW_RELIC_LICENSE_KEY={OlderEuLicenseKey}", OlderEuLicenseKey)
        .Ignores("new-relic-license-key", "an EU key one hex digit short", $"value: {EuLicenseKey.Remove(10, 1)}")
        .Finds("new-relic-rest-api-key", RestApiKey, "NEW_RELIC_API_KEY")
        .Ignores("new-relic-rest-api-key", "one digit short", $"value: {RestApiKey[..^1]}")
        .Finds("new-relic-admin-key", AdminKey, "NEW_RELIC_ADMIN_KEY")
        .Ignores("new-relic-admin-key", "one digit short", $"value: {AdminKey[..^1]}")
        .Finds("new-relic-insights-query-key", QueryKey, "NEW_RELIC_QUERY_KEY")
        .Ignores("new-relic-insights-query-key", "the browser key", $"licenseKey: \"NRJS-{FakeKey.Random(FakeKey.Hex, 19, 34)}\"");
}
