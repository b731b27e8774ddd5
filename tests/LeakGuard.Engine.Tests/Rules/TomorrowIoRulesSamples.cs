using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TomorrowIoRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 32, 1);

    private static readonly string LettersKey = FakeKey.Random(TestKeys.Letters, 32, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tomorrow-io-api-key", Key, "TOMORROW_API_KEY")
        .FindsIn("tomorrow-io-api-key", "a request URL", $"https://api.tomorrow.io/v4/weather/forecast?location=42.3478,-71.0466&apikey={Key}", Key)
        .Ignores("tomorrow-io-api-key", "no Tomorrow.io named", $"value: {Key}")
        .FindsIn("tomorrow-io-api-key", "a key of letters only", $"https://api.tomorrow.io/v4/weather/forecast?location=42.3478,-71.0466&apikey={LettersKey}", LettersKey);
}
