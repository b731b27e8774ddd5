using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OandaRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 32, 1), "-", FakeKey.Random(FakeKey.Hex, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("oanda-api-token", Key, "OANDA_API_TOKEN")
        .FindsIn("oanda-api-token", "oandapyV20", $"from oandapyV20 import API\naccountID = \"101-004-1234567-001\"\ntoken = \"{Key}\"\napi = API(access_token=token)", Key)
        .Ignores("oanda-api-token", "no OANDA named", $"value: {Key}");
}
