using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FinancialModelingPrepRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("fmp-api-key", Key, "FMP_API_KEY")
        .FindsIn("fmp-api-key", "a quote URL", $"https://financialmodelingprep.com/api/v3/quote/AAPL?apikey={Key}", Key)
        .Ignores("fmp-api-key", "no FMP named", $"value: {Key}");
}
