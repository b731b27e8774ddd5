using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BuilderIoRulesSamples
{
    private static readonly string Key = FakeKey.Of("bp", "k-", FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("builderio-private-key", Key, "BUILDER_PRIVATE_KEY")
        .Ignores("builderio-private-key", "one hex digit short", $"value: {Key[..^1]}");
}
