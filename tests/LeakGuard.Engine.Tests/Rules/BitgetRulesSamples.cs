using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BitgetRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 64, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("bitget-api-secret", Key, "BITGET_API_SECRET")
        .FindsIn("bitget-api-secret", "a .env file", $"BITGET_SECRET_KEY={Key}\nBITGET_SANDBOX=false\n", Key)
        .Ignores("bitget-api-secret", "no Bitget named", $"value: {Key}");
}
