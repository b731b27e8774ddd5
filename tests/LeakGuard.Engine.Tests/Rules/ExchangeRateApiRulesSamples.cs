using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ExchangeRateApiRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 24, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("exchangerate-api-key", "a rates URL", $"fetch(`https://v6.exchangerate-api.com/v6/{Key}/latest/USD`)", Key)
        .Ignores("exchangerate-api-key", "the docs' placeholder", "https://v6.exchangerate-api.com/v6/YOUR-API-KEY/latest/USD")
        .FindsByName("exchangerate-api-key", "a variable the URL takes", $"private const val API_KEY = \"{Key}\"", "val url = \"https://v6.exchangerate-api.com/v6/\" + API_KEY + \"/latest/USD\"", Key);
}
