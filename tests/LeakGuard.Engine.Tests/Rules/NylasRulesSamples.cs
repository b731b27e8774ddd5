using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NylasRulesSamples
{
    private static readonly string Key = FakeKey.Of("nyk", "_v0_", FakeKey.Random(FakeKey.Base62, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("nylas-api-key", Key, "NYLAS_API_KEY")
        .Ignores("nylas-api-key", "one character short", $"value: {Key[..^1]}");
}
