using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NewRelicRulesSamples
{
    private static readonly string NewRelicUserApiKeyKey = FakeKey.Of("NR", "AK-", FakeKey.Random(TestKeys.UpperAlphanumeric, 27, 1));

    private static readonly string NewRelicInsertKeyKey = FakeKey.Of("NR", "II-", FakeKey.Random(FakeKey.UrlSafe, 32, 11));

    private static readonly string NewRelicLicenseKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 36, 21), "NR", "AL");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("new-relic-user-api-key", NewRelicUserApiKeyKey, "API_KEY")
        .Ignores("new-relic-user-api-key", "one character short", $"value: {NewRelicUserApiKeyKey[..^1]}")
        .Ignores("new-relic-user-api-key", "embedded in a longer token", "value: Q" + NewRelicUserApiKeyKey)
        .Finds("new-relic-insert-key", NewRelicInsertKeyKey, "API_KEY")
        .Ignores("new-relic-insert-key", "one character short", $"value: {NewRelicInsertKeyKey[..^1]}")
        .Ignores("new-relic-insert-key", "embedded in a longer token", "value: Q" + NewRelicInsertKeyKey)
        .Finds("new-relic-license-key", NewRelicLicenseKeyKey, "API_KEY")
        .Ignores("new-relic-license-key", "one character short", $"value: {NewRelicLicenseKeyKey[..^1]}")
        .Ignores("new-relic-license-key", "embedded in a longer token", "value: Q" + NewRelicLicenseKeyKey);
}
