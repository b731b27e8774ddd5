using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SalesloftRulesSamples
{
    private static readonly string Key = FakeKey.Of("v2", "_ak_515295_", FakeKey.Random(FakeKey.Hex, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("salesloft-api-key", Key, "SALESLOFT_API_KEY")
        .Ignores("salesloft-api-key", "one hex digit short", $"value: {Key[..^1]}");
}
