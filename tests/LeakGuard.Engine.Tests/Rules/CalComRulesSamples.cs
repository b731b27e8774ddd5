using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CalComRulesSamples
{
    private static readonly string Key = FakeKey.Of("cal", "_live_", FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("calcom-api-key", Key, "CAL_API_KEY")
        .Ignores("calcom-api-key", "one character short", $"value: {Key[..^1]}");
}
