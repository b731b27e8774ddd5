using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class E2bRulesSamples
{
    private static readonly string Key = FakeKey.Of("e2b", "_", FakeKey.Random(FakeKey.Hex, 40, 47));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("e2b-api-key", Key, "E2B_API_KEY")
        .Ignores("e2b-api-key", "one digit short", $"key: {Key[..^1]}");
}
