using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FalRulesSamples
{
    private static readonly string Key = FakeKey.Of(TestKeys.Uuid(1), ":", FakeKey.Random(FakeKey.Hex, 32, 6));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("fal-api-key", Key, "FAL_KEY")
        .Ignores("fal-api-key", "no fal context", $"value: {Key}");
}
