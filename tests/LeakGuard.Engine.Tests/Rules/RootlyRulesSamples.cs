using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RootlyRulesSamples
{
    private static readonly string Key = FakeKey.Of("roo", "tly_", FakeKey.Random(FakeKey.Hex, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("rootly-api-key", Key, "ROOTLY_API_KEY")
        .Ignores("rootly-api-key", "one hex digit short", $"value: {Key[..^1]}");
}
