using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CoinGeckoRulesSamples
{
    private static readonly string Key = FakeKey.Of("CG", "-", FakeKey.Random(FakeKey.Base62, 24, 1));

    private static readonly string LettersKey = FakeKey.Of("CG", "-", FakeKey.Random(TestKeys.Letters, 24, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("coingecko-api-key", Key, "COINGECKO_API_KEY")
        .FindsIn("coingecko-api-key", "the demo header", $"headers = {{\"x-cg-demo-api-key\": \"{Key}\"}}", Key)
        .Ignores("coingecko-api-key", "23 characters", $"value: CG-{FakeKey.Random(FakeKey.Base62, 23, 2)}")
        .FindsIn("coingecko-api-key", "a key of letters only", $"headers = {{\"x-cg-demo-api-key\": \"{LettersKey}\"}}", LettersKey);
}
