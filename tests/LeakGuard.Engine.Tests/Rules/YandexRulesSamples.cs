using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class YandexRulesSamples
{
    private static readonly string YandexApiKeyKey = FakeKey.Of("A", "Q", "VN", FakeKey.Random(FakeKey.UrlSafe, 36, 1));

    private static readonly string OAuthToken = FakeKey.Of("y0", "_AgAAAAAA", FakeKey.Random(FakeKey.UrlSafe, 49, 2));

    private static readonly string NewOAuthToken = FakeKey.Of("y0", "__x", FakeKey.Random(FakeKey.UrlSafe, 50, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("yandex-api-key", YandexApiKeyKey, "API_KEY")
        .Ignores("yandex-api-key", "embedded in a longer token", "value: Q" + YandexApiKeyKey)
        .Ignores("yandex-api-key", "one character below the minimum length", $"value: {YandexApiKeyKey[..38]}")
        .Finds("yandex-oauth-token", OAuthToken, "YANDEX_OAUTH_TOKEN")
        .Ignores("yandex-oauth-token", "a variable named y0_", "y0_AverageOfTheFirstSeriesOfMeasurementsTakenInTheMorningHours = 3")
        .Finds("yandex-oauth-token", NewOAuthToken, "YANDEX_OAUTH_TOKEN");
}
