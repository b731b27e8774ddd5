using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GateIoRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 64, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("gateio-api-secret", Key, "GATE_API_SECRET")
        .FindsIn("gateio-api-secret", "a .env file", $"GATE_API_SECRET={Key}\nGATE_SETTLE=usdt\n", Key)
        .Ignores("gateio-api-secret", "no Gate.io named", $"value: {Key}")
        .FindsIn("generic-secret", "another payment provider whose name ends in gate: not reported as Gate.io's", $"COINGATE_API_SECRET={Key}", Key);
}
