using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class YandexRulesSamples
{
    private static readonly string YandexApiKeyKey = FakeKey.Of("A", "Q", "VN", FakeKey.Random(FakeKey.UrlSafe, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("yandex-api-key", YandexApiKeyKey, "API_KEY")
        .Ignores("yandex-api-key", "embedded in a longer token", "value: Q" + YandexApiKeyKey)
        .Ignores("yandex-api-key", "one character below the minimum length", $"value: {YandexApiKeyKey[..38]}");
}
