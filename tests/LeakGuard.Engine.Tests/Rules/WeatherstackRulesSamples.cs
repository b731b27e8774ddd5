using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WeatherstackRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("apilayer-access-key", Key, "WEATHERSTACK_ACCESS_KEY")
        .FindsIn("apilayer-access-key", "a request URL", $"http://api.weatherstack.com/current?access_key={Key}&query=New York", Key)
        .Ignores("apilayer-access-key", "no apilayer named", $"value: {Key}");
}
