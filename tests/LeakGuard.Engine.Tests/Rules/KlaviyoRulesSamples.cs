using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class KlaviyoRulesSamples
{
    private static readonly string Key = FakeKey.Of("pk", "_", FakeKey.Random(FakeKey.Hex, 34, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("klaviyo-private-key", Key, "KLAVIYO_PRIVATE_KEY")
        .Ignores("klaviyo-private-key", "no Klaviyo context", $"value: {Key}");
}
