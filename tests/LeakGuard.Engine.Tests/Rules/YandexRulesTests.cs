using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class YandexRulesTests
{
    private static readonly string YandexApiKeyKey = FakeKey.Of("A", "Q", "VN", FakeKey.Random(FakeKey.UrlSafe, 36, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("yandex-api-key", YandexApiKeyKey, "API_KEY")
        .Ignores("yandex-api-key", "embedded in a longer token", "value: Q" + YandexApiKeyKey)
        .Ignores("yandex-api-key", "one character below the minimum length", $"value: {YandexApiKeyKey[..38]}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
