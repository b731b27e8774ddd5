using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CloudsmithRulesSamples
{
    private static readonly string Key = FakeKey.Of("cs", "a_", FakeKey.Random(FakeKey.Hex, 30, 1), FakeKey.Random(FakeKey.Base62, 6, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cloudsmith-api-key", Key, "CLOUDSMITH_API_KEY")
        .Ignores("cloudsmith-api-key", "one character short", $"value: {Key[..^1]}");
}
